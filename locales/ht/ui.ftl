## The app's own words (not content). Every language must have every message of this file.

-app = Ruta
app-name = { -app }
app-tagline = Dwa ou ak ki moun pou ou rele, san entènèt
skip-to-content = Ale nan kontni an
exit-button = Soti vit
exit-hint = Li fèmen Ruta touswit epi li louvri yon lòt paj
language-label = Lang
nav-start = Akèy
nav-about = Sou enfòmasyon sa yo

## Start
start-title = Jwenn dwa ou ak èd ki toupre ou
start-intro = Reponn sa ou vle. Ou ka sote nenpòt kesyon. Anyen ou chwazi pa anrejistre nan telefòn sa a.
who-legend = Ki moun k ap sèvi ak Ruta?
who-woman = Mwen menm, yon fanm migran
who-woman-hint = Nou pale avè ou dirèkteman, ak mo ki senp
who-official = Mwen travay nan yon sèvis oswa yon enstitisyon
who-official-hint = Chemen atansyon: detekte, pran swen, refere
country-legend = Nan ki peyi ou ye kounye a?
country-none = Mwen pito pa di
phase-legend = Ki kote ou ye nan vwayaj ou?
phase-any = Mwen pa konnen, oswa mwen pito pa di
situations-legend = Kisa k ap rive ou?
situations-hint = Chwazi tout sa ou vle, oswa pa chwazi anyen.
show-results-woman = Wè dwa mwen ak kontak yo
show-results-official = Wè chemen atansyon an

## Results
results-title-woman = Dwa ou ak ki moun pou ou rele
results-title-official = Dwa, devwa ak referans
results-summary = { $country } · { $phase } · { $count ->
    [0] pa gen sitiyasyon ki chwazi
    [one] 1 sitiyasyon
   *[other] { $count } sitiyasyon
  }
summary-no-country = pa gen peyi ki chwazi
summary-no-phase = tout etap yo
edit-choices = Chanje repons mwen yo
danger-title = Si ou an danje kounye a
danger-call = Rele { $number }
danger-no-country = Chwazi peyi ou pou wè nimewo ijans yo.
danger-none-confirmed = Nou pa t ka konfime yon nimewo ijans pou peyi sa a. Mande yon moun ou fè konfyans oswa yon abri pou ede ou.
rights-title-woman = Dwa ou
rights-title-official = Dwa ki aplike
rights-count = { $count ->
    [one] 1 dwa
   *[other] { $count } dwa
  }
for-everyone = Pou tout fanm
basis-title = Baz legal
basis-read = nou li tèks la
basis-secondary = nou li l nan yon lòt sous
basis-inferred = se Ruta ki dedui sa
principles-title = Prensip nan Gid CRM yo (Lineamientos) li chita sou yo
principles-note = Lyen ak chak prensip se fason pa nou li l: nou konnen sèlman tit prensip yo.
link-inferred = Se Ruta ki dedui lyen sa a: pa gen okenn sous ki mare l ak etap sa a.
link-partly = Se Ruta ki dedui yon pati nan lyen sa a.
actions-title-woman = Sa ou ka mande
actions-title-official = Sa sèvis yo dwe fè
step-detect = 1. Detekte
step-care = 2. Swen touswit
step-refer = 3. Refere epi swiv
responsible = Responsab: { $actors }
contacts-title = Ki moun pou kontakte
contacts-none = Nou pa gen lòt kontak ki konfime pou peyi sa a ak sitiyasyon sa yo.
contacts-no-country = Chwazi peyi ou pou wè kontak yo.
contacts-hidden = { $count ->
    [one] Gen 1 kontak ki pa konfime ke nou pa montre isit la.
   *[other] Gen { $count } kontak ki pa konfime ke nou pa montre isit la.
  }
kind-emergency = Ijans
kind-gbv-hotline = Liy kont vyolans
kind-trafficking-hotline = Liy kont trafik moun
kind-asylum-authority = Azil ak refij
kind-child-protection = Pwoteksyon timoun
kind-women-institution = Enstitisyon pou fanm
kind-migration-authority = Migrasyon
kind-un-agency = Ajans Nasyonzini (ONU)
kind-ombudsperson = Biwo defans dwa moun
operator = Ki moun ki reponn: { $operator ->
    [police] lapolis
    [prosecutor] pakè a (minis piblik)
    [ngo] yon òganizasyon sosyete sivil
    [un] Nasyonzini (ONU)
    [ombudsperson] biwo defans dwa moun
   *[government] leta
  }
free-yes = Gratis
free-no = Li pa gratis
hours-always = 24 èdtan
hours-limited = Lè louvri limite
phone-tty = TTY
phone-sms = SMS
phone-old = ansyen nimewo
phone-other = lòt nimewo
website = Sit entènèt
unconfirmed = Pa konfime
conflict = Sous yo pa dakò: li nòt la.
source-dated = Dat sous la: { $date }
source-undated = Sous san dat
source-link = Wè sous la
no-situations-note = Ou pa chwazi okenn sitiyasyon: men dwa ki valab pou tout fanm.

## Problems with a link
problems-title = Nou pa konprann yon pati nan lyen an
problems-kept = Nou montre rès la. Ou ka chanje repons ou nenpòt lè.
problem-malformed = Lyen an domaje oswa li pa konplè.
problem-view = Pa gen paj «{ $value }».
problem-language = Nou pa gen lang «{ $value }».
problem-audience = «{ $value }» se pa yon kalite itilizatè nou konnen.
problem-country = «{ $value }» se pa youn nan 11 peyi Ruta yo.
problem-phase = «{ $value }» se pa yon etap nan vwayaj la.
problem-situation = «{ $value }» se pa yon sitiyasyon nou konnen.
problem-item = Nou pa jwenn «{ $value }» nan bibliyotèk la.

## About
about-title = Sou enfòmasyon sa yo
about-basis = Ruta chita sou Gid pou Atansyon ak Pwoteksyon Fanm nan Kontèks Migrasyon (Lineamientos para la Atención y Protección de Mujeres en Contexto de Migración) Konferans Rejyonal sou Migrasyon (CRM) an. Nou pa t ka li tout tèks la: sèlman estrikti li (10 prensip, 9 apwòch, 27 definisyon ak kat etap yo). Dwa ak aksyon yo soti nan nòm entènasyonal Gid sa yo aplike, e chak grenn ladan yo site sous li.
about-not-advice = Ruta se pa yon konsèy legal. Lwa yo ka diferan nan chak peyi.
about-privacy = Ruta pa sèvi ak kont ni swivi, e li pa anrejistre repons ou.
about-contacts = Chak nimewo telefòn gen sous li ak dat li. Nimewo nou pa t ka konfime yo, nou pa montre yo bay fanm yo, sof sèl nimewo ijans yon peyi: nou montre l ak yon avètisman.

## Library
nav-library = Gid CRM yo
library-title = Bibliyotèk Gid CRM yo
library-intro = Gid CRM yo (Lineamientos) gen 10 prensip, 9 apwòch ak 27 definisyon. Nou te ka li sèlman tit yo. Se nou ki ekri esplikasyon yo.
library-principles = Prensip direktè yo
library-approaches = Apwòch yo
library-definitions = Definisyon yo
library-definitions-note = Definisyon sa yo nan vèsyon travay dokiman an, yo pa nan vèsyon pibliye nou konnen an.
library-themes = Tèm CRM yo
library-themes-note = CRM travay sou tèm sa yo nan reyinyon rejyonal li yo. Se nou ki chwazi ki pwen ki ale nan chak tèm.
gloss-label = Esplikasyon pa nou:
page-ref = paj { $page }
rests-on-it = Dwa ak aksyon ki chita sou prensip sa a
rights-label = Dwa
actions-label = Aksyon
back-to-library = Retounen nan bibliyotèk la
plain-words = Ak mo ki senp
for-officials = Pou sèvis ak otorite yo

## Dates (order and month names as the language writes them)
date-full = { $day } { $month } { $year }
date-month = { $month } { $year }
month-1 = janvye
month-2 = fevriye
month-3 = mas
month-4 = avril
month-5 = me
month-6 = jen
month-7 = jiyè
month-8 = out
month-9 = septanm
month-10 = oktòb
month-11 = novanm
month-12 = desanm

## Languages (About screen)
translations-title = Lang yo
translation-reviewed = { $language }: revize nan dat { $date }.
translation-needs-review = { $language }: bouyon, fòk moun ki pale lang lan natif natal revize l ({ $date }).

## Updates and version
update-ready = Gen yon nouvo vèsyon Ruta. L ap sèvi pwochen fwa ou louvri l.
update-now = Sèvi avè l kounye a
about-version = Vèsyon aplikasyon an: { $version }.

## Staying safe on this device
nav-safety = Sekirite ou sou aparèy sa a
safety-title = Kijan pou sèvi ak Ruta pi an sekirite
safety-intro = Si yon moun fouye telefòn ou, oswa si ou pataje telefòn ou ak yon moun, lide sa yo ka ede ou. Okenn nan yo pa pafè.
safety-exit-h = Bouton «Soti vit» la
safety-exit = Li louvri yon lòt paj epi li retire paj sa a sou ekran an. Si ou peze touch Shift (⇧) la twa fwa, sa fè menm bagay la. Men, paj Ruta ou te wè anvan yo ka toujou rete nan istorik la.
safety-private-h = Navigasyon prive
safety-private = Louvri Ruta nan yon fenèt prive oswa «incognito». Konsa, navigatè a pa kenbe istorik. Ruta ap mache menm jan an.
safety-history-h = Efase istorik la
safety-history = Ou ka efase sèlman paj Ruta yo nan istorik la. Si ou efase tout istorik la, yon moun ka remake li vid.
safety-app-h = Si ou te enstale Ruta
safety-app = Yon ikòn Ruta sou ekran ou ka fè yon moun remake l. Ou ka retire l: kenbe dwèt ou sou ikòn nan epi chwazi retire oswa dezenstale. Ou ka louvri Ruta ankò nan navigatè a.
safety-storage-h = Sa Ruta anrejistre
safety-storage = Ruta pa anrejistre repons ou, sòf si ou make «Sonje repons mwen yo nan telefòn sa a». Bouton «Bliye» ak bouton «Soti vit» efase yo. Ruta kenbe pwòp fichye pa l pou l ka mache san entènèt; fichye sa yo pa di anyen sou ou.
safety-limits = Ruta pa ka efase sa lòt aplikasyon oswa konpayi telefòn ou anrejistre. Si ou panse yon moun ap siveye telefòn ou, sèvi ak yon telefòn ou fè konfyans.
remember-label = Sonje repons mwen yo nan telefòn sa a
remember-hint = Sèlman si pa gen lòt moun ki sèvi ak telefòn sa a.
forget-button = Bliye repons mwen yo
forgotten = Fini: repons ou yo pa anrejistre nan telefòn sa a ankò.

## Kiosk
kiosk-idle-title = Ou la toujou?
kiosk-idle-body = { $seconds ->
    [one] Pou pwoteje vi prive ou, ekran sa a ap efase nan { $seconds } segonn.
   *[other] Pou pwoteje vi prive ou, ekran sa a ap efase nan { $seconds } segonn.
  }
kiosk-continue = Mwen la toujou
kiosk-clear-now = Efase kounye a
welcome-title = Byenveni
welcome-start = Kòmanse an kreyòl

## Share (QR)
qr-title = Louvri ekran sa a nan telefòn ou
qr-hint = Eskane kòd la ak kamera ou. Li pote sèlman repons ki sou ekran sa a, pa gen anyen lòt.

## Embedding (an organisation's own contacts)
overlay-added-by = { $publisher } ajoute l
kind-shelter = Kay akèy
kind-legal-aid = Èd legal
kind-health = Sante
kind-other = Lòt sèvis

## H4
problem-too-long = Lyen an twò long: nou li sèlman kòmansman li.
problem-more = Gen lòt pati nou pa konprann tou; nou pa montre yo.
problem-language-load = Nou pa t ka chaje tèks lang «{ $value }» (pa gen koneksyon oswa fichye a domaje). Yo parèt an panyòl; eseye ankò pita.

## H1
danger-line-emergency = Ijans (lapolis, ponpye, anbilans)
danger-line-police = Polis
danger-line-medical = Ijans medikal
danger-line-fire = Ponpye
danger-line-women = Liy 24 èdtan pou fanm k ap viv vyolans
danger-line-trafficking = Liy 24 èdtan kont trafik moun
danger-line-child = Liy 24 èdtan pou timoun
danger-line-information = Liy enfòmasyon
danger-caveat = Nou pa t ka konfime nimewo sa a. Si li pa mache, mande yon moun ki toupre ou pou l rele polis.
danger-caveat-official = Pa konfime: se sèlman sous ki fèb oswa ki ansyen ki bay nimewo sa a.
who-answers = Kiyès ki reponn: { $operator ->
    [police] polis la
    [prosecutor] biwo pwokirè a (Ministè Piblik)
    [government] yon biwo gouvènman an (se pa polis la)
    [non-profit] yon òganizasyon san bi likratif
    [un-agency] yon ajans Nasyonzini
    [ombudsperson] biwo pwotektè dwa moun
   *[unknown] nou pa konnen (okenn sous pa di kiyès ki reponn)
  }
kind-information = Enfòmasyon ak pwoteksyon sivil
phone-fax = Faks, se pa yon liy telefòn: { $number }
enforcement-warning = Sa a se yon otorite imigrasyon gouvènman an. Si ou kontakte l, l ap gen non w ak enfòmasyon sou ou, epi otorite imigrasyon yo ka arete moun e depòte yo. Si ou pa gen papye, pale anvan ak yon sèvis legal gratis oswa ak UNHCR.
contacts-hidden-enforcement = { $count ->
    [one] Nou pa montre 1 otorite imigrasyon: san papye oswa nan detansyon, se pa yon kote pou chèche èd.
   *[other] Nou pa montre { $count } otorite imigrasyon: san papye oswa nan detansyon, se pa kote pou chèche èd.
  }
contacts-official-only = Pou fonksyonè sèlman
source-latest = Sous ki pi resan: { $date }
source-latest-undated = Sous san dat
sources-official = { $count ->
    [one] 1 sous
   *[other] { $count } sous
  } ({ $dates })
sources-one-only = yon sèl sous
sources-none = Pa gen sous ki anrejistre
contacts-dates = Nimewo sa yo soti nan sous piblik ki gen dat soti { $from } rive { $to }. Pèsonn pa t rele yo pou verifye si yo mache.

## H5 screens (issue 12: one question per screen, results at a glance, share and print)
q-progress = Kesyon { $n } sou { $total }
q-back = Retounen
q-next = Swivan
q-skip = Sote kesyon sa a
show-answer = Wè repons mwen kounye a
now-title = Sa pou w fè kounye a
now-call = Rele { $name }:
now-more = Li plis
key-contacts-title = Kontak enpòtan ou yo
on-this-page = Sou paj sa a
all-contacts-title = Tout kontak yo
actions-count = { $count ->
    [one] 1 pwen
   *[other] { $count } pwen
  }
contacts-count = { $count ->
    [one] 1 kontak
   *[other] { $count } kontak
  }
section-show = Montre
section-hide = Kache
open-all = Louvri tout
item-more = Plis ak baz legal: { $title }
results-ready = Rezilta
save-print = Sove oswa enprime
share-link = Pataje lyen an
copy-link = Kopye lyen an
link-copied = Lyen an kopye.
link-warning = Lyen an gen repons ou yo ladan l. Pataje l sèlman ak yon moun ou fè konfyans.
language-changed = Lang: { $language }
shift-more = { $left ->
    [one] Peze Shift yon lòt fwa pou w soti.
   *[other] Peze Shift { $left } lòt fwa pou w soti.
  }

## H4 (static recovery screen and pre-wasm danger box, written into index.html at build time)
boot-failed-title = Ruta pa t ka louvri
boot-failed-body = Yon fichye Ruta pa t chaje oswa li rive domaje (petèt koneksyon an te koupe). Pa gen anyen ou te chwazi ki te anrejistre.
boot-failed-retry = Eseye ankò
boot-failed-numbers = Si ou an danje kounye a, rele nimewo ijans peyi kote ou ye a:
boot-offline-not-ready = Ruta poko pare pou mache san entènèt sou telefòn sa a. Louvri l ankò lè ou gen koneksyon.

## H2 (a host's own contacts: overlay cards and the preview for the site owner)
overlay-section = Lòt kontak, { $publisher } ajoute yo
overlay-section-site = Lòt kontak, sit entènèt ki montre paj sa a ajoute yo
overlay-not-checked = Ruta pa t verifye kontak sa yo. Se sit ki montre paj sa a ki pibliye yo.
overlay-added-by-site = Sit entènèt sa a ajoute l
overlay-email = Imèl: { $email }
overlay-hours = Lè: { $hours }
overlay-languages = Lang: { $languages }
overlay-organization = Òganizasyon: { $name }
overlay-preview-title = { $count ->
    [one] Apèsi pou moun ki pibliye paj sa a: 1 pwoblèm nan fichye kontak ou
   *[other] Apèsi pou moun ki pibliye paj sa a: { $count } pwoblèm nan fichye kontak ou
  }
overlay-preview-ok = { $count ->
    [one] Apèsi pou moun ki pibliye paj sa a: fichye kontak ou pa gen pwoblèm (1 kontak li).
   *[other] Apèsi pou moun ki pibliye paj sa a: fichye kontak ou pa gen pwoblèm ({ $count } kontak li).
  }
overlay-preview-hint = Vizitè yo pa wè kare sa a. Retire data-preview (oswa ?preview) anvan ou pibliye. Detay teknik yo an angle, menm jan ak nan konsòl la.

## H10 — zouti pou fonksyonè (issue 17): rechèch, ka fòmasyon, matris swivi, fich referans (bouyon)
search-title = Chèche
search-label = Chèche dwa, etap, Gid yo ak kontak
search-button = Chèche
search-hint = Aksan ak gwo lèt pa konte; kòmansman yon mo ase.
search-count = { $count ->
    [one] 1 rezilta
   *[other] { $count } rezilta
  }
search-none = Nou pa jwenn anyen. Eseye yon lòt mo, oswa mwens mo.
training-title = Ka fòmasyon
training-intro = Pratike wout referans lan ak ka. Repons ou yo rete sou ekran sa a sèlman e yo bliye lè ou soti; yo pa mande ni kenbe okenn non.
training-case = Ka { $n } sou { $total }
training-q-detect = Kisa ou dwe detekte?
training-q-rights = Ki dwa ki aplike?
training-q-first-steps = Ki etap ki vini anvan?
training-q-refer = Bay kiyès ou voye l?
training-choose-all = Chwazi tout sa ki bon.
training-check = Tcheke repons mwen
training-next = Pwochen kesyon
training-next-case = Pwochen ka
training-right = Se sa.
training-wrong = Pa tout afè.
training-missed = Ou pa t chwazi:
training-wrongly = Se pa pou ka sa a:
training-ruta-says = Sa Ruta reponn pou ka sa a:
training-record = Dosye fòmasyon
training-record-note = Ka ou pratike ak kesyon ou reponn byen. Pa gen non ki anrejistre.
training-score = { $right } sou { $total } bon
training-print = Enprime dosye a
matrix-title = Matris swivi
matrix-intro = Anrejistre nouvote nan kad legal la, pwogrè, bon pratik ak ka siksè sou pwoteksyon fanm migran, pa peyi ak domèn Gid yo. Yo pa kenbe ni voye anyen: antre yo rete sou ekran sa a jiskaske ou ekspòte yo.
matrix-add = Ajoute antre a
matrix-added = Antre a ajoute.
matrix-fix = Korije chan ki make anba yo.
matrix-entries = Antre: { $count }
matrix-none = Poko gen antre.
matrix-remove = Retire
matrix-export-csv = Ekspòte CSV
matrix-export-json = Ekspòte JSON
matrix-import = Enpòte fichye (CSV oswa JSON, plizyè ansanm)
matrix-imported = Antre ki ajoute: { $added }. Fichye ki li: { $files }.
matrix-import-failed = Fichye sa yo pa t enpòte (anyen ou te antre pa pèdi):
matrix-row = liy { $row }
matrix-summary = Rezime rejyonal
matrix-by-area = Antre pa peyi ak domèn Gid yo
matrix-by-kind = Antre pa peyi ak kalite
matrix-empty-areas = Domèn Gid yo ki pa gen antre
matrix-choose = Chwazi…
slip-title = Fich referans
slip-intro = Wout referans lan pou sitiyasyon li yo. Fich sa a pa gen chan pou non li ni pou okenn done pèsonèl.
slip-missing = Chwazi peyi a, etap la ak sitiyasyon li yo anvan.
slip-services = Sèvis pou voye l
slip-basis = Baz:
slip-sources = Sous nimewo sa yo gen dat jiska { $date }.
slip-print = Enprime oswa sove an PDF
slip-qr = Louvri fich sa a sou yon lòt telefòn

## R18 (issue 18: a line after sexual violence is not a women's line)
danger-line-sexual-violence = Liy 24 èdtan apre vyolans seksyèl, pou tout moun

## P14 (issue 14: screens whose messages come in a second pack)
later-loading = N ap chaje pati sa a nan Ruta…
later-failed = Pati sa a nan Ruta pa t ka chaje. Gade koneksyon ou epi eseye ankò.

## T17 (issue 17: search shows its hits a page at a time)
search-more = Montre plis rezilta

## LEAD (issue 12: the one-line jump list above the sections; its name is on-this-page)
jump-rights = Dwa
jump-actions = Sa pou mande
jump-actions-official = Sa sèvis yo dwe fè
jump-contacts = Kontak
share-all = Anrejistre, enprime oswa pataje
