# Mots expliqués (issue 16) : l'écran Mots (content/words.toml) et le bouton Écouter.
# Listen (src/parts/speak.rs)
listen = Écouter
listen-all = Tout écouter
listen-pause = Pause
listen-resume = Reprendre
listen-stop = Arrêter
listen-no-voice = Ce téléphone n'a pas de voix qui lit en { $language } sans internet.
listen-in = Écouter en { $language }

# The Words screen (src/screens/words.rs)
words-title = Mots expliqués
words-intro = Certains mots de Ruta sont difficiles. Les voici en mots simples.
words-note = Ces explications sont les nôtres, en mots simples. Ce n'est pas le texte des Lignes directrices.
words-here = Mots difficiles ici :

# One entry per [[word]] of content/words.toml: the word, OUR plain explanation, the forms to find in texts.
word-asylum = Asile
word-asylum-plain = La protection qu'un autre pays te donne quand il n'est pas sûr pour toi de rentrer dans ton pays. Tu la demandes quand tu es hors de ton pays.
word-asylum-find = asile
word-refugee = Réfugiée
word-refugee-plain = Une personne qui a dû fuir son pays et ne peut pas y retourner, parce qu'elle y serait en danger. Le droit international protège les réfugiés.
word-refugee-find = réfugié
word-non-refoulement = Non-refoulement
word-non-refoulement-plain = Aucun pays ne peut te renvoyer là où ta vie ou ta liberté est en danger, ou là où tu pourrais être torturée.
word-non-refoulement-find = refoulement
word-trafficking = Traite des personnes
word-trafficking-plain = Quelqu'un te trompe, te force ou te menace pour te déplacer ou te retenir, et pour t'exploiter : au travail, pour le sexe ou par un mariage. C'est un crime contre toi.
word-trafficking-find = traite
word-smuggling = Trafic de migrants
word-smuggling-plain = Quelqu'un se fait payer pour faire passer une frontière à une personne sans permission officielle. Ce n'est pas la traite, mais un passeur peut te mettre en danger.
word-smuggling-find = trafic de migrants, passeur
word-consulate = Consulat
word-consulate-plain = Le bureau du gouvernement de ton pays dans un autre pays. Il peut te donner des papiers et de l'aide. Si tu as peur de ton gouvernement, tu n'es pas obligée d'y aller.
word-consulate-find = consulat, consulaire
word-detention = Détention
word-detention-plain = Les autorités te gardent dans un lieu et tu ne peux pas sortir, par exemple un centre de rétention. Tu y as aussi des droits.
word-detention-find = détention, détenue, rétention
word-deportation = Expulsion
word-deportation-plain = Les autorités d'un pays te font sortir de ce pays, vers ton pays ou un autre, même si tu ne veux pas partir.
word-deportation-find = expulsion, expulsée, renvoi, déport
word-irregular = Sans papiers (situation irrégulière)
word-irregular-plain = Tu es dans un pays sans les papiers que sa loi demande pour entrer, rester ou travailler. Tu gardes tes droits humains.
word-irregular-find = irrégulière, sans papiers
word-gender-violence = Violence fondée sur le genre
word-gender-violence-plain = Du mal fait à une femme ou à une fille parce qu'elle est une femme : coups, viol, menaces, contrôle, mariage forcé. Ce n'est jamais ta faute.
word-gender-violence-find = violence fondée sur le genre, violences fondées sur le genre, violence basée sur le genre, violence contre les femmes
word-interpreter = Interprète
word-interpreter-plain = Une personne qui te dit dans ta langue ce que disent les autres, et leur dit dans leur langue ce que tu dis. Tu peux en demander un.
word-interpreter-find = interprète
word-referral = Orientation
word-referral-plain = Un service t'envoie vers un autre service qui peut mieux t'aider.
word-referral-find = orientation, orienter, référencement
