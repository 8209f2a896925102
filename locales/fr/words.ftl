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
word-asylum-plain = La protection qu'un autre pays vous donne quand il n'est pas sûr pour vous de rentrer dans votre pays. Vous la demandez quand vous êtes hors de votre pays.
word-asylum-find = asile
word-refugee = Réfugiée
word-refugee-plain = Une personne qui a dû fuir son pays et ne peut pas y retourner, parce qu'elle y serait en danger. Le droit international protège les réfugiés.
word-refugee-find = réfugié
word-non-refoulement = Non-refoulement
word-non-refoulement-plain = Aucun pays ne peut vous renvoyer là où votre vie ou votre liberté est en danger, ou là où vous pourriez être torturée.
word-non-refoulement-find = refoulement
word-trafficking = Traite des personnes
word-trafficking-plain = Quelqu'un vous trompe, vous force ou vous menace pour vous déplacer ou vous retenir, et pour vous exploiter : au travail, pour le sexe ou par un mariage. C'est un crime contre vous.
word-trafficking-find = traite
word-smuggling = Trafic de migrants
word-smuggling-plain = Quelqu'un se fait payer pour faire passer une frontière à une personne sans permission officielle. Ce n'est pas la traite, mais un passeur peut vous mettre en danger.
word-smuggling-find = trafic de migrants, passeur
word-consulate = Consulat
word-consulate-plain = Le bureau du gouvernement de votre pays dans un autre pays. Il peut vous donner des papiers et de l'aide. Si vous avez peur de votre gouvernement, vous n'êtes pas obligée d'y aller.
word-consulate-find = consulat, consulaire
word-detention = Détention
word-detention-plain = Les autorités vous gardent dans un lieu et vous ne pouvez pas sortir, par exemple un centre de rétention. Vous y avez aussi des droits.
word-detention-find = détention, détenue, rétention
word-deportation = Expulsion
word-deportation-plain = Les autorités d'un pays vous font sortir de ce pays, vers votre pays ou un autre, même si vous ne voulez pas partir.
word-deportation-find = expulsion, expulsée, renvoi, déport
word-irregular = Sans papiers (situation irrégulière)
word-irregular-plain = Vous êtes dans un pays sans les papiers que sa loi demande pour entrer, rester ou travailler. Vous gardez vos droits humains.
word-irregular-find = irrégulière, sans papiers
word-gender-violence = Violence fondée sur le genre
word-gender-violence-plain = Du mal fait à une femme ou à une fille parce qu'elle est une femme : coups, viol, menaces, contrôle, mariage forcé. Ce n'est jamais votre faute.
word-gender-violence-find = violence fondée sur le genre, violences fondées sur le genre, violence basée sur le genre, violence contre les femmes
word-interpreter = Interprète
word-interpreter-plain = Une personne qui vous dit dans votre langue ce que disent les autres, et leur dit dans leur langue ce que vous dites. Vous pouvez en demander un.
word-interpreter-find = interprète
word-referral = Orientation
word-referral-plain = Un service vous envoie vers un autre service qui peut mieux vous aider.
word-referral-find = orientation, orienter, référencement
