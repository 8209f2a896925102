## The app's own words (not content). Every language must have every message of this file.

-app = Ruta
app-name = { -app }
app-tagline = Tes droits et qui appeler, sans internet
skip-to-content = Aller au contenu
exit-button = Sortir vite
exit-hint = Ferme Ruta tout de suite et ouvre une autre page
language-label = Langue
nav-start = Accueil
nav-about = À propos de ces informations

## Start
start-title = Trouve tes droits et de l'aide près de toi
start-intro = Réponds à ce que tu veux. Tu peux passer n'importe quelle question. Rien de ce que tu choisis n'est gardé sur ce téléphone.
who-legend = Qui utilise Ruta ?
who-woman = Moi, une femme migrante
who-woman-hint = On te dit « tu », avec des mots simples
who-official = Je travaille dans un service ou une institution
who-official-hint = Circuit de prise en charge : détecter, prendre en charge, orienter
country-legend = Dans quel pays es-tu maintenant ?
country-none = Je préfère ne pas le dire
phase-legend = Où en es-tu dans ton voyage ?
phase-any = Je ne sais pas ou je préfère ne pas le dire
situations-legend = Qu'est-ce qui t'arrive ?
situations-hint = Choisis-en autant que tu veux, ou aucune.
show-results-woman = Voir mes droits et mes contacts
show-results-official = Voir le circuit de prise en charge

## Results
results-title-woman = Tes droits et qui appeler
results-title-official = Droits, obligations et orientations
results-summary = { $country } · { $phase } · { $count ->
    [0] aucune situation choisie
    [one] { $count } situation
   *[other] { $count } situations
  }
summary-no-country = pays non choisi
summary-no-phase = toutes les étapes
edit-choices = Changer mes réponses
danger-title = En danger maintenant ?
danger-call = Appeler le { $number }
danger-no-country = Choisis ton pays pour voir les numéros d'urgence.
danger-none-confirmed = Nous n'avons pas pu confirmer de numéro d'urgence pour ce pays. Demande de l'aide à une personne de confiance ou à un centre d'accueil.
rights-title-woman = Tes droits
rights-title-official = Droits applicables
rights-count = { $count ->
    [one] { $count } droit
   *[other] { $count } droits
  }
for-everyone = Pour toutes
basis-title = Base juridique
basis-read = texte lu
basis-secondary = lu dans une autre source
basis-inferred = déduit par Ruta
principles-title = Principes des Lignes directrices sur lesquels il s'appuie
principles-note = Le lien avec chaque principe est notre lecture : nous ne connaissons que les titres des principes.
link-inferred = Lien déduit par Ruta : aucune source ne le relie à cette étape.
link-partly = Lien en partie déduit par Ruta.
actions-title-woman = Ce que tu peux demander
actions-title-official = Ce que les services doivent faire
step-detect = 1. Détecter
step-care = 2. Prise en charge immédiate
step-refer = 3. Orienter et assurer le suivi
responsible = Responsable : { $actors }
contacts-title = Qui contacter
contacts-none = Nous n'avons pas d'autres contacts confirmés pour ce pays et ces situations.
contacts-no-country = Choisis ton pays pour voir les contacts.
contacts-hidden = { $count ->
    [one] Il y a { $count } contact non confirmé que nous ne montrons pas ici.
   *[other] Il y a { $count } contacts non confirmés que nous ne montrons pas ici.
  }
kind-emergency = Urgences
kind-gbv-hotline = Ligne contre la violence
kind-trafficking-hotline = Ligne contre la traite
kind-asylum-authority = Asile et statut de réfugié
kind-child-protection = Protection de l'enfance
kind-women-institution = Institution pour les femmes
kind-migration-authority = Immigration
kind-un-agency = Agence de l'ONU
kind-ombudsperson = Défenseur des droits humains
operator = Qui répond : { $operator ->
    [police] la police
    [prosecutor] le ministère public (parquet)
    [ngo] une organisation de la société civile
    [un] l'ONU
    [ombudsperson] le défenseur des droits humains
   *[government] le gouvernement
  }
free-yes = Gratuit
free-no = Payant
hours-always = 24 heures par jour
hours-limited = Horaires limités
phone-tty = ATS (TTY)
phone-sms = SMS
phone-old = ancien numéro
phone-other = autre numéro
website = Site web
unconfirmed = Non confirmé
conflict = Les sources ne concordent pas : lis la note.
source-dated = Date de la source : { $date }
source-undated = Source non datée
source-link = Voir la source
no-situations-note = Tu n'as choisi aucune situation : voici les droits qui valent pour toutes.

## Problems with a link
problems-title = Nous n'avons pas compris une partie du lien
problems-kept = Nous montrons le reste. Tu peux changer tes réponses quand tu veux.
problem-malformed = Le lien est abîmé ou incomplet.
problem-view = La page « { $value } » n'existe pas.
problem-language = Nous n'avons pas la langue « { $value } ».
problem-audience = « { $value } » n'est pas un type d'utilisatrice connu.
problem-country = « { $value } » ne fait pas partie des 11 pays de Ruta.
problem-phase = « { $value } » n'est pas une étape du voyage.
problem-situation = « { $value } » n'est pas une situation connue.
problem-item = Nous n'avons pas trouvé « { $value } » dans la bibliothèque.

## About
about-title = À propos de ces informations
about-basis = Ruta s'appuie sur les Lignes directrices pour la prise en charge et la protection des femmes en contexte de migration de la Conférence régionale sur les migrations (CRM). Nous n'avons pas pu lire leur texte complet : seulement leur structure (10 principes, 9 approches, 27 définitions et les quatre étapes). Les droits et les actions viennent des normes internationales que ces Lignes directrices appliquent, et chacun cite sa source.
about-not-advice = Ruta n'est pas un conseil juridique. Les lois peuvent être différentes d'un pays à l'autre.
about-privacy = Ruta n'utilise ni comptes ni pistage, et ne garde pas tes réponses.
about-contacts = Chaque numéro de téléphone indique sa source et sa date. Ceux que nous n'avons pas pu confirmer ne sont pas montrés aux femmes, sauf le seul numéro d'urgence d'un pays : il est montré avec un avertissement.

## Library
nav-library = Les Lignes directrices
library-title = Bibliothèque des Lignes directrices
library-intro = Les Lignes directrices de la CRM ont 10 principes, 9 approches et 27 définitions. Nous n'avons pu lire que leurs titres. Les explications sont les nôtres.
library-principles = Principes directeurs
library-approaches = Approches
library-definitions = Définitions
library-definitions-note = Ces définitions figurent dans la version de travail du document, pas dans la version publiée que nous connaissons.
library-themes = Thèmes de la CRM
library-themes-note = La CRM travaille sur ces thèmes lors de ses rencontres régionales. C'est nous qui avons décidé quels points vont dans chaque thème.
gloss-label = Notre explication :
page-ref = p. { $page }
rests-on-it = Droits et actions qui s'appuient sur ce principe
rights-label = Droits
actions-label = Actions
back-to-library = Retour à la bibliothèque
plain-words = Avec des mots simples
for-officials = Pour les services et les autorités

## Dates (order and month names as the language writes them)
date-full = { $day ->
    [1] 1er
   *[other] { $day }
  } { $month } { $year }
date-month = { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre

## Languages (About screen)
translations-title = Langues
translation-reviewed = { $language } : relu le { $date }.
translation-needs-review = { $language } : brouillon, à faire relire par des locutrices natives ({ $date }).

## Updates and version
update-ready = Une nouvelle version de Ruta est prête. Elle servira la prochaine fois que tu l’ouvriras.
update-now = L’utiliser maintenant
about-version = Version de l’application : { $version }.

## Staying safe on this device
nav-safety = Ta sécurité sur cet appareil
safety-title = Utiliser Ruta de façon plus sûre
safety-intro = Si quelqu'un fouille ton téléphone, ou si tu le partages avec quelqu'un, ces idées peuvent t'aider. Aucune n'est parfaite.
safety-exit-h = Le bouton « Sortir vite »
safety-exit = Il ouvre une autre page et enlève celle-ci de l'écran. Si tu appuies trois fois sur la touche Maj (⇧), ça fait la même chose. Mais les pages de Ruta que tu as vues avant peuvent encore être dans l'historique.
safety-private-h = Navigation privée
safety-private = Ouvre Ruta dans une fenêtre privée ou « incognito ». Comme ça, le navigateur ne garde pas d'historique. Ruta marche de la même façon.
safety-history-h = Effacer l'historique
safety-history = Tu peux effacer seulement les pages de Ruta dans l'historique. Si tu effaces tout l'historique, quelqu'un peut remarquer qu'il est vide.
safety-app-h = Si tu as installé Ruta
safety-app = Une icône de Ruta sur ton écran peut attirer l'attention de quelqu'un. Tu peux l'enlever : garde le doigt appuyé sur l'icône et choisis supprimer ou désinstaller. Tu peux rouvrir Ruta depuis le navigateur.
safety-storage-h = Ce que Ruta garde
safety-storage = Ruta ne garde pas tes réponses, sauf si tu coches « Se souvenir de mes réponses sur ce téléphone ». Les boutons « Oublier » et « Sortir vite » les effacent. Ruta garde ses propres fichiers pour marcher sans internet ; ces fichiers ne disent rien sur toi.
safety-limits = Ruta ne peut pas effacer ce que d'autres applications ou ton opérateur de téléphone enregistrent. Si tu penses que quelqu'un surveille ton téléphone, utilise un téléphone de confiance.
remember-label = Se souvenir de mes réponses sur ce téléphone
remember-hint = Seulement si personne d'autre n'utilise ce téléphone.
forget-button = Oublier mes réponses
forgotten = C'est fait : tes réponses ne sont plus gardées sur ce téléphone.

## Kiosk
kiosk-idle-title = Tu es toujours là ?
kiosk-idle-body = { $seconds ->
    [one] Pour protéger ta vie privée, cet écran sera effacé dans { $seconds } seconde.
   *[other] Pour protéger ta vie privée, cet écran sera effacé dans { $seconds } secondes.
  }
kiosk-continue = Je suis toujours là
kiosk-clear-now = Effacer maintenant
welcome-title = Bienvenue
welcome-start = Commencer en français

## Share (QR)
qr-title = Ouvre cet écran sur ton téléphone
qr-hint = Scanne le code avec ton appareil photo. Il contient seulement les réponses de cet écran, rien d'autre.

## Embedding (an organisation's own contacts)
overlay-added-by = Ajouté par { $publisher }
kind-shelter = Centre d’accueil
kind-legal-aid = Aide juridique
kind-health = Santé
kind-other = Autre service

## H4
problem-too-long = Le lien est trop long : nous n’en avons lu que le début.
problem-more = D’autres parties n’ont pas été comprises non plus ; elles ne sont pas affichées.
problem-language-load = Les textes de la langue « { $value } » n’ont pas pu être chargés (pas de connexion ou fichier abîmé). Ils sont affichés en espagnol ; réessaie plus tard.

## H1
danger-line-emergency = Urgences (police, pompiers, ambulance)
danger-line-police = Police
danger-line-medical = Urgences médicales
danger-line-fire = Pompiers
danger-line-women = Ligne 24 h pour les femmes victimes de violence
danger-line-trafficking = Ligne 24 h contre la traite
danger-line-child = Ligne 24 h pour les enfants
danger-line-information = Ligne d'information
danger-caveat = Nous n'avons pas pu confirmer ce numéro. S'il ne marche pas, demande à une personne près de toi d'appeler la police.
danger-caveat-official = Non confirmé : seules des sources faibles ou anciennes donnent ce numéro.
who-answers = Qui répond : { $operator ->
    [police] la police
    [prosecutor] le parquet (ministère public)
    [government] un service de l'État (pas la police)
    [non-profit] une organisation à but non lucratif
    [un-agency] une agence des Nations Unies
    [ombudsperson] le bureau du défenseur des droits humains
   *[unknown] on ne sait pas (aucune source ne dit qui répond)
  }
kind-information = Information et protection civile
phone-fax = Fax, pas une ligne de téléphone : { $number }
enforcement-warning = C'est une autorité de l'immigration de l'État. Si tu la contactes, elle aura ton nom et tes coordonnées, et les autorités de l'immigration peuvent détenir et expulser des personnes. Si tu n'as pas de papiers, parle d'abord à un service juridique gratuit ou au HCR.
contacts-hidden-enforcement = { $count ->
    [one] { $count } autorité de l'immigration n'est pas affichée : sans papiers ou en détention, ce n'est pas un endroit où demander de l'aide.
   *[other] { $count } autorités de l'immigration ne sont pas affichées : sans papiers ou en détention, ce ne sont pas des endroits où demander de l'aide.
  }
contacts-official-only = Réservé aux agents
source-latest = Source la plus récente : { $date }
source-latest-undated = Source non datée
sources-official = { $count ->
    [one] { $count } source
   *[other] { $count } sources
  } ({ $dates })
sources-one-only = une seule source
sources-none = Aucune source enregistrée
contacts-dates = Ces numéros viennent de sources publiques datées de { $from } à { $to }. Personne ne les a appelés pour vérifier qu'ils fonctionnent.

## H5 screens (issue 12: one question per screen, results at a glance, share and print)
q-progress = Question { $n } sur { $total }
q-back = Retour
q-next = Suivant
q-skip = Passer cette question
show-answer = Voir ma réponse maintenant
now-title = Que faire maintenant
now-call = Appelle { $name } :
now-more = En savoir plus
key-contacts-title = Tes contacts clés
on-this-page = Sur cette page
all-contacts-title = Tous les contacts
actions-count = { $count ->
    [one] { $count } point
   *[other] { $count } points
  }
contacts-count = { $count ->
    [one] { $count } contact
   *[other] { $count } contacts
  }
section-show = Afficher
section-hide = Masquer
open-all = Tout ouvrir
item-more = Plus et base juridique : { $title }
results-ready = Résultats
save-print = Enregistrer ou imprimer
share-link = Partager le lien
copy-link = Copier le lien
link-copied = Lien copié.
link-warning = Le lien contient tes réponses. Partage-le seulement avec une personne de confiance.
language-changed = Langue : { $language }
shift-more = { $left ->
    [one] Appuie encore une fois sur Maj pour sortir.
   *[other] Appuie encore { $left } fois sur Maj pour sortir.
  }

## H4 (static recovery screen and pre-wasm danger box, written into index.html at build time)
boot-failed-title = Ruta n’a pas pu démarrer
boot-failed-body = Un fichier de Ruta ne s’est pas chargé ou est arrivé abîmé (la connexion a peut-être été coupée). Rien de ce que tu as choisi n’a été enregistré.
boot-failed-retry = Réessayer
boot-failed-numbers = Si tu es en danger maintenant, appelle le numéro d’urgence du pays où tu es :
boot-offline-not-ready = Ruta n’est pas encore prête à fonctionner sans internet sur ce téléphone. Rouvre-la quand tu auras une connexion.

## H2 (a host's own contacts: overlay cards and the preview for the site owner)
overlay-section = Autres contacts, ajoutés par { $publisher }
overlay-section-site = Autres contacts, ajoutés par le site web qui affiche cette page
overlay-not-checked = Ruta n'a pas vérifié ces contacts. Ils viennent du site qui affiche cette page.
overlay-added-by-site = Ajouté par ce site web
overlay-email = Courriel : { $email }
overlay-hours = Horaires : { $hours }
overlay-languages = Langues : { $languages }
overlay-organization = Organisation : { $name }
overlay-preview-title = { $count ->
    [one] Aperçu pour le responsable de cette page : { $count } problème dans votre fichier de contacts
   *[other] Aperçu pour le responsable de cette page : { $count } problèmes dans votre fichier de contacts
  }
overlay-preview-ok = { $count ->
    [one] Aperçu pour le responsable de cette page : votre fichier de contacts n'a aucun problème ({ $count } contact lu).
   *[other] Aperçu pour le responsable de cette page : votre fichier de contacts n'a aucun problème ({ $count } contacts lus).
  }
overlay-preview-hint = Les visiteuses ne voient pas ce cadre. Retirez data-preview (ou ?preview) avant de publier. Les détails techniques sont en anglais, comme dans la console.

## H10 — outils pour les agentes (issue 17) : recherche, cas de formation, matrice de suivi, fiche d'orientation
search-title = Rechercher
search-label = Rechercher des droits, des étapes, les Lignes directrices et des contacts
search-button = Rechercher
search-hint = Les accents et les majuscules ne comptent pas ; le début d'un mot suffit.
search-count = { $count ->
    [one] { $count } résultat
   *[other] { $count } résultats
  }
search-none = Rien trouvé. Essaie un autre mot, ou moins de mots.
training-title = Cas de formation
training-intro = Entraîne-toi au parcours d'orientation avec des cas. Tes réponses restent seulement sur cet écran et sont oubliées quand tu le quittes ; aucun nom n'est demandé ni gardé.
training-case = Cas { $n } sur { $total }
training-q-detect = Que dois-tu détecter ?
training-q-rights = Quels droits s'appliquent ?
training-q-first-steps = Quelles étapes viennent en premier ?
training-q-refer = Vers qui l'orientes-tu ?
training-choose-all = Choisis toutes les réponses qui conviennent.
training-check = Vérifier ma réponse
training-next = Question suivante
training-next-case = Cas suivant
training-right = Juste.
training-wrong = Pas tout à fait.
training-missed = Tu n'as pas choisi :
training-wrongly = Pas pour ce cas :
training-ruta-says = Ce que Ruta répond pour ce cas :
training-record = Relevé de formation
training-record-note = Cas travaillés et questions réussies. Aucun nom n'est enregistré.
training-score = { $right } sur { $total } justes
training-print = Imprimer le relevé
matrix-title = Matrice de suivi
matrix-intro = Enregistre les nouveautés du cadre juridique, les progrès, les bonnes pratiques et les réussites pour la protection des femmes migrantes, par pays et par domaine des Lignes directrices. Rien n'est gardé ni envoyé : les entrées restent sur cet écran jusqu'à ce que tu les exportes.
matrix-add = Ajouter l'entrée
matrix-added = Entrée ajoutée.
matrix-fix = Corrige les champs signalés ci-dessous.
matrix-entries = Entrées : { $count }
matrix-none = Pas encore d'entrée.
matrix-remove = Retirer
matrix-export-csv = Exporter en CSV
matrix-export-json = Exporter en JSON
matrix-import = Importer des fichiers (CSV ou JSON, plusieurs à la fois)
matrix-imported = Entrées ajoutées : { $added }. Fichiers lus : { $files }.
matrix-import-failed = Ces fichiers n'ont pas été importés (rien de ce que tu avais saisi n'est perdu) :
matrix-row = ligne { $row }
matrix-summary = Synthèse régionale
matrix-by-area = Entrées par pays et domaine des Lignes directrices
matrix-by-kind = Entrées par pays et type
matrix-empty-areas = Domaines des Lignes directrices sans entrée
matrix-choose = Choisir…
slip-title = Fiche d'orientation
slip-intro = Le parcours d'orientation pour ses situations. Cette fiche n'a aucun champ pour son nom ni pour une donnée personnelle.
slip-missing = Choisis d'abord le pays, la phase et ses situations.
slip-services = Services vers lesquels l'orienter
slip-basis = Fondement :
slip-sources = Les sources de ces numéros sont datées jusqu’au { $date }.
slip-print = Imprimer ou enregistrer en PDF
slip-qr = Ouvrir cette fiche sur un autre téléphone

## R18 (issue 18: a line after sexual violence is not a women's line)
danger-line-sexual-violence = Ligne 24 h après une violence sexuelle, pour tout le monde

## P14 (issue 14: screens whose messages come in a second pack)
later-loading = Chargement de cette partie de Ruta…
later-failed = Cette partie de Ruta n’a pas pu se charger. Vérifie ta connexion et réessaie.

## T17 (issue 17: search shows its hits a page at a time)
search-more = Afficher plus de résultats

## LEAD (issue 12: the one-line jump list above the sections; its name is on-this-page)
jump-rights = Droits
jump-actions = Quoi demander
jump-actions-official = Ce que doivent faire les services
jump-contacts = Contacts
share-all = Enregistrer, imprimer ou partager
