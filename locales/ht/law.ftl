### Ruta — kote lalwa oblije (kreyòl ayisyen, bouyon). Se crates/engine/src/law.rs ki itilize l;
### done yo nan content/treaties.toml ak content/deadlines.toml. Chak id dwe egziste nan tout lang.

## Sitiyasyon yon enstriman nan yon peyi (anba yon liy baz legal)

law-status-party = { $country }: Eta pati depi { $year }
law-status-party-noyear = { $country }: Eta pati (ane a pa konfime)
law-status-signed = { $country }: li siyen men li pa ratifye — yon nòm entènasyonal peyi a pa aksepte
law-status-not-party = { $country }: li pa pati — yon nòm entènasyonal peyi a pa aksepte
law-status-incorporated = { $country }: li ekri nan lwa nasyonal la
law-status-endorsed = { $country }: li apiye l (yon angajman, se pa yon trete ki oblije)
law-status-not = { $country }: li pa apiye l — yon nòm entènasyonal peyi a pa aksepte
law-status-unconfirmed = { $country }: sitiyasyon an pa konfime
law-binds-where = Li oblije { $count } nan { $total } peyi yo: { $countries }
law-binds-nowhere = Li pa oblije okenn nan peyi Ruta yo kòm lwa
law-declaration-where = Yon angajman, se pa yon trete ki oblije. { $count } nan { $total } peyi yo aksepte l (yo apiye l oswa yo mete l nan lwa nasyonal): { $countries }
law-only-unaccepted = { $country }: nòm entènasyonal nou site isit la pou dwa sa a, se nòm peyi a pa aksepte. Lòt lwa, nasyonal oswa entènasyonal, ka toujou pwoteje ou: mande yon avoka oswa yon òganizasyon ki bay sipò.

## Azil: delè ak ki kote pou mande

law-deadline-title = Delè pou mande pwoteksyon
law-deadline-working-days = { $country }: ou gen { $amount } jou travay apre ou antre nan peyi a pou mande estati refijye.
law-deadline-days = { $country }: ou gen { $amount } jou apre ou antre nan peyi a pou mande estati refijye.
law-deadline-months = { $country }: ou gen { $amount } mwa apre ou antre nan peyi a pou mande estati refijye.
law-deadline-years = { $amount ->
    [one] { $country }: ou gen yon ane apre ou rive nan peyi a pou mande azil.
   *[other] { $country }: ou gen { $amount } ane apre ou rive nan peyi a pou mande azil.
}
law-deadline-late = Si delè a pase deja, mande kanmenm epi esplike poukisa ou pa t ka mande pi bonè.
law-deadline-unknown = { $country }: nou pa t ka konfime si gen yon delè. Mande pi vit ou kapab.
# The disclosure under the time limit on the results screen (where to ask, border, detention, the date calculator).
law-deadline-more = Ki kote pou mande, ak dènye jou ou
law-authority-label = Ki kote pou mande
law-authority-unknown = Nou pa t ka konfime ki biwo ki resevwa demann nan.
law-border-yes = Ou ka mande nan fwontyè a.
law-border-no = Nan fwontyè a ou ka di sèlman ou vle mande; demann nan fèt nan biwo ki anwo a.
law-detention-yes = Ou ka mande menm si ou nan detansyon.
law-detention-no = Yo pa aksepte demann ki fèt nan detansyon.
law-entry-label = Dat ou antre (si ou vle)
law-entry-privacy = Dat sa a rete sèlman sou ekran sa a. Yo pa sere l, yo pa mete l nan okenn lyen.
law-entry-invalid = Dat sa a pa bon. Ekri l ane-mwa-jou, pa egzanp 2026-11-30.
law-entry-future = Dat sa a nan lavni. Ekri jou ou te antre a.
law-last-day = Dènye jou pou mande: { $date } pi ta.
law-last-day-passed = Dapre kont nou, delè a te fini { $date }.
law-caveat-working-days = Jou ferye yo pa retire isit la, kidonk vrè dènye jou a ka yon ti jan pita. Pa tann: mande pi bonè ou kapab.
law-caveat-calendar = Nou konte jou kalandriye depi dat ou antre a; biwo a ka konte yon jou yon lòt jan. Pa tann: mande pi bonè ou kapab.
law-source-label = Sous
law-read-official = li sou paj ofisyèl la
law-read-official-copy = li nan yon kopi tèks ofisyèl la
law-read-derived = li nan yon ansanm done ki soti nan paj ofisyèl yo
law-read-secondary = li nan yon sous segondè, se pa tèks ofisyèl la

## Konpare de peyi

law-compare-title = Konpare de peyi
law-compare-intro = Sa ki chanje lè li travèse: ki nòm entènasyonal ki oblije chak peyi, delè pou mande pwoteksyon, ak liy ijans yo.
law-compare-first = Premye peyi
law-compare-second = Dezyèm peyi
law-compare-instruments = Nòm entènasyonal: sitiyasyon yo nan peyi sa a
law-compare-deadline = Mande pwoteksyon
law-compare-emergency = Liy ijans
law-compare-pick = Chwazi de peyi.
law-table-title = Kote li oblije (tout peyi yo)

## Dat

law-date = { $day } { $month } { $year }
law-month-1 = janvye
law-month-2 = fevriye
law-month-3 = mas
law-month-4 = avril
law-month-5 = me
law-month-6 = jen
law-month-7 = jiyè
law-month-8 = out
law-month-9 = septanm
law-month-10 = oktòb
law-month-11 = novanm
law-month-12 = desanm

## Enstriman (non kout)

law-instrument-CEDAW = Konvansyon pou elimine diskriminasyon kont fanm (CEDAW)
law-instrument-OP-CEDAW = Pwotokòl fakiltatif CEDAW la
law-instrument-CRC = Konvansyon sou dwa timoun
law-instrument-CAT = Konvansyon kont tòti
law-instrument-ICCPR = Pak entènasyonal sou dwa sivil ak politik
law-instrument-ICRMW = Konvansyon sou travayè migran yo
law-instrument-BDP = Konvansyon Belém do Pará
law-instrument-RC51 = Konvansyon 1951 sou estati refijye
law-instrument-RP67 = Pwotokòl 1967 sou estati refijye
law-instrument-CART = Deklarasyon Kartajèn sou refijye
law-instrument-PP = Pwotokòl Palèm sou trafik moun
law-instrument-SOM = Pwotokòl Palèm kont pasaj migran an kachèt
law-instrument-C189 = Konvansyon 189 OIT sou travayèz domestik
law-instrument-VCCR = Konvansyon Vyèn sou relasyon konsilè
law-instrument-GCM = Pak mondyal pou migrasyon

## Biwo ki resevwa demann azil

law-authority-BZ = Depatman Refijye (Refugees Department), Belmopan
law-authority-CA = Nan yon pwen antre (ayewopò, pò, pòs fwontyè): Ajans Sèvis Fwontyè Kanada (CBSA). Si ou deja anndan Kanada: sou entènèt, sou pòtay IRCC la. Se Komisyon Imigrasyon ak Refijye (IRB) ki deside.
law-authority-CR = Inite Refij nan Direksyon Jeneral Migrasyon (DGME)
law-authority-DO = Biwo Nasyonal pou Refijye (ONR), nan Direksyon Jeneral Migrasyon, Sendomeng
law-authority-SV = CODER (Komisyon pou detèmine estati refijye), oswa yon ofisye migrasyon (DGME) nan fwontyè a
law-authority-GT = Depatman pou rekonèt estati refijye (DRER) nan Enstiti Gwatemaltek Migrasyon, Vil Gwatemala, oswa nenpòt pòs kontwòl migrasyon
law-authority-HN = Enstiti Nasyonal Migrasyon (INM), nenpòt pòs fwontyè INM, oswa estasyon Lapolis Nasyonal ki pi pre a kote pa gen biwo INM
law-authority-MX = COMAR (Komisyon Meksiken pou Ede Refijye), oswa INM kote COMAR pa gen biwo. Atansyon: INM se otorite imigrasyon an, li ka arete moun epi depòte yo.
law-authority-PA = ONPAR (Biwo Nasyonal pou Refijye), Ministè Gouvènman
law-authority-US = Sèvis Sitwayènte ak Imigrasyon Etazini (USCIS), ak fòm I-589, si ou pa nan yon pwosedi depòtasyon; Tribinal Imigrasyon an, si ou ladan l
