### Ruta — zouti pou fonksyonè (issue 17): ka fòmasyon, valè matris swivi a, etikèt rechèch. Bouyon: yon moun ki pale kreyòl dwe revize l.

## Ka fòmasyon (content/scenarios.toml).
scenario-S01-title = Ansent epi arete sou fwontyè a
scenario-S01 = Nan yon estasyon migrasyon sou fwontyè sid la, yon kolèg mennen yon fanm ki ansent sèt mwa ba ou. Yo te arete l yè sou wout nò a e okenn doktè poko wè l. Li pè, li mande si yo pral voye l tounen.
scenario-S02-title = Yon tifi ki di li dwe lajan
scenario-S02 = Yon tifi 15 an ap vwayaje pou kont li. Li di yon nonm te peye vwayaj li e li dwe travay pou li jiskaske li remèt li lajan an. Nonm nan ap tann li nan pwochen vil la.
scenario-S03-title = Tounen lakay, e li pè l
scenario-S03 = Yon fanm yo te depòte fèk rive nan sant resepsyon an. Li te pati paske patnè l te konn bat li, e li pè pou l pa aprann li tounen.
scenario-S04-title = San peye, e san papye
scenario-S04 = Yon fanm ki travay lakay moun di li pa touche depi twa mwa. Li pa gen papye e li pè pou patwòn li pa rele imigrasyon si li plenyen.
scenario-S05-title = Yon fanm trans mande pwoteksyon
scenario-S05 = Nan ayewopò a, yon fanm trans di ajan an li pa ka retounen nan peyi l: yo te atake l poutèt kiyès li ye. Li vle mande pwoteksyon.
scenario-S06-title = Pati ak pitit li yo
scenario-S06 = Yon manman di yon travayè sante yo menase l lakay li e li vle kite peyi a ak de pitit li. Li mande kisa li dwe konnen anvan li pati.
scenario-S07-title = Blese nan travèse a, ak de pitit
scenario-S07 = Apre li fin travèse forè a, yon fanm rive nan yon estasyon resepsyon ak yon gwo blesi nan janm li ak de pitit li. Li mande si yo ka trete l san yo pa tcheke papye l.
scenario-S08-title = San papye, li pale kreyòl sèlman
scenario-S08 = Yon fanm san papye vini nan yon klinik ak lafyèv. Li pale kreyòl ayisyen sèlman e pèsonn nan resepsyon an pa konprann li.
scenario-S09-title = Yon fanm soud patnè l frape
scenario-S09 = Yon fanm soud vini nan biwo a ak mak sou bra l. Li ekri sou yon fèy papye patnè l frape l e li pa vle retounen lakay li.
scenario-S10-title = Yon òf travay aletranje
scenario-S10 = Yon jèn fanm montre ou yon òf travay aletranje. Rekritè a vle kenbe paspò li "pou papye yo" e li di l ap peye vwayaj la pita sou salè l.
scenario-S11-title = Pèmi li depann de li
scenario-S11 = Yon fanm di ou mari l bat li. Pèmi sejou li depann de mari a, e li di l y ap depòte l si li kite l. Li pè retounen nan peyi l.
scenario-S12-title = Kenbe san papye nan yon pòs fwontyè
scenario-S12 = Yon fanm san papye gen de jou depi yo kenbe l nan yon pòs fwontyè. Li di li pa konnen poukisa yo kenbe l e li pa t ka rele pèsonn.

## Matris swivi: kalite antre, chan, domèn Gid yo ak pwoblèm.
matrix-kind-legal-novelty = Nouvote legal
matrix-kind-progress = Pwogrè
matrix-kind-good-practice = Bon pratik
matrix-kind-success-case = Ka siksè
matrix-kind-research = Rechèch
matrix-kind-campaign = Kanpay
matrix-kind-event = Evènman
matrix-field-country = Peyi
matrix-field-area = Domèn Gid yo
matrix-field-kind = Kalite antre
matrix-field-title = Tit
matrix-field-description = Deskripsyon
matrix-field-date = Dat (AAAA, AAAA-MM oswa AAAA-MM-JJ)
matrix-field-institution = Enstitisyon
matrix-field-link = Lyen (si ou vle)
matrix-area-principle = Prensip
matrix-area-approach = Apwòch
matrix-area-phase = Etap
matrix-problem-missing = Chan sa a obligatwa.
matrix-problem-unknown-country = Se pa youn nan peyi ki nan Ruta.
matrix-problem-unknown-area = Se pa yon prensip, yon apwòch oswa yon etap nan Gid yo.
matrix-problem-unknown-kind = Se pa youn nan kalite antre yo.
matrix-problem-bad-date = Ekri dat la konsa: AAAA, AAAA-MM oswa AAAA-MM-JJ (yon jou ki egziste).
matrix-problem-bad-link = Ekri yon adrès entènèt konplè ki kòmanse ak https:// oswa http://.
matrix-problem-too-long = Tèks sa a twò long.
matrix-problem-unknown-field = Ruta pa konnen kolòn oswa chan sa a.
matrix-problem-unreadable = Yo pa ka li fichye sa a tankou yon matris swivi Ruta te ekspòte (CSV oswa JSON).
matrix-problem-too-big = Fichye sa a twò gwo.

## Rechèch: kisa chak rezilta ye.
search-kind-right = Dwa
search-kind-action = Etap
search-kind-situation = Sitiyasyon
search-kind-principle = Prensip
search-kind-approach = Apwòch
search-kind-definition = Definisyon
search-kind-theme = Tèm
search-kind-instrument = Enstriman entènasyonal
search-kind-contact = Kontak
