### Ruta — content messages (Haitian Creole / Kreyòl ayisyen; draft, needs review by a native speaker).
### Message ids follow the data ids in content/*.toml (see docs/CONTENT.md).
### -woman texts speak to her (plain, short, "you"); -official texts are for officials and services.
### Principle, approach and definition names are the RCM Guidelines' headwords (translated);
### every -gloss is OUR explanation, never the Guidelines' wording.

## Phases

phase-origin = Orijin
phase-origin-desc = Ou toujou nan peyi ou, oswa ou prèt pou ou pati.
phase-transit = Tranzit
phase-transit-desc = Ou sou wout, w ap travèse lòt peyi oswa lòt fwontyè.
phase-destination = Destinasyon
phase-destination-desc = Ou nan peyi kote ou vle viv, travay oswa mande pwoteksyon.
phase-return = Retou
phase-return-desc = Ou tounen nan peyi ou, oswa yo fè ou tounen.

## Situations

situation-violence = Vyolans
situation-violence-hint = Yon moun fè ou mal, l ap menase ou oswa li abize ou.
situation-trafficking = Twonpe oswa eksplwate (trafik moun)
situation-trafficking-hint = Yon moun twonpe ou oswa l ap fòse ou travay oswa fè sèks. Ou pa ka ale.
situation-pregnant = Gwosès oswa bay tete
situation-pregnant-hint = Ou ansent, oswa w ap bay tibebe ou tete.
situation-children = M ap vwayaje ak pitit mwen
situation-children-hint = Pitit ou yo avè ou.
situation-unaccompanied = Tifi oswa adolesan ki poukont li
situation-unaccompanied-hint = Ou gen mwens pase 18 an. W ap vwayaje san manman ou, san papa ou, san yon responsab legal.
situation-asylum = Mwen bezwen pwoteksyon (azil)
situation-asylum-hint = Ou pè tounen nan peyi ou.
situation-no-documents = San papye
situation-no-documents-hint = Ou pa gen pèmi ni papye pou ou rete nan peyi sa a.
situation-detention = Yo arete m oswa yo kenbe m
situation-detention-hint = Polis oswa migrasyon arete ou, oswa yo kenbe ou nan yon sant.
situation-work = Travay ak abi nan travay
situation-work-hint = Ou travay oswa w ap chèche travay, oswa yo pa peye ou.
situation-health = Sante
situation-health-hint = Ou malad oswa ou blese, oswa ou bezwen wè yon doktè.
situation-disability = Andikap
situation-disability-hint = Li difisil pou ou wè, tande, deplase oswa konprann.
situation-indigenous-language = Endijèn oswa yon lòt lang
situation-indigenous-language-hint = Ou se endijèn, oswa ou pa pale lang peyi a byen.
situation-lgbti = LGBTI
situation-lgbti-hint = Ou se lesbyèn, biseksyèl, trans oswa entèseks.
situation-returned = Retounen oswa depòte
situation-returned-hint = Ou tounen, yo depòte ou, oswa yo ka depòte ou.
situation-older = Fanm ki gen laj
situation-older-hint = Ou gen laj e ou bezwen yon sipò espesyal akòz laj ou.

## Countries

country-BZ = Beliz
country-CA = Kanada
country-CR = Kosta Rika
country-DO = Repiblik Dominikèn
country-SV = Salvadò
country-GT = Gwatemala
country-HN = Ondiras
country-MX = Meksik
country-NI = Nikaragwa
country-PA = Panama
country-US = Etazini

## Principles (headwords of the RCM Guidelines, translated; glosses are ours)

principle-P1 = Egalite ak pa fè diskriminasyon kont fanm
principle-P1-gloss = Fanm yo dwe resevwa menm tretman, kèlkeswa nasyonalite yo, orijin yo oswa sitiyasyon migratwa yo.
principle-P2 = Konfidansyalite
principle-P2-gloss = Istwa ak done pèsonèl yon fanm pwoteje, e yo pataje yo sèlman si li dakò.
principle-P3 = Pa fè moun nan viktim yon dezyèm fwa (non-revictimisation)
principle-P3-gloss = Sèvis yo evite fè l yon lòt mal, tankou fè l repete istwa li oswa blame l.
principle-P4 = Pa voye moun tounen nan danje (non-refoulement)
principle-P4-gloss = Yo pa voye pèsonn yon kote lavi li, sekirite li oswa libète li an danje.
principle-P5 = Responsablite pataje
principle-P5-gloss = Peyi orijin, tranzit, destinasyon ak retou yo, chak gen pa pa yo nan pwoteje l.
principle-P6 = Miltikiltiralite ak divèsite
principle-P6-gloss = Sèvis yo respekte kilti, lang, idantite ak fason chak fanm viv.
principle-P7 = Enterè siperyè timoun nan
principle-P7-gloss = Chak desizyon sou yon tifi oswa yon tigason mete byennèt timoun nan an premye.
principle-P8 = Inite fanmi
principle-P8-gloss = Fanmi yo rete ansanm, oswa yo jwenn èd pou yo rejwenn si yo te separe.
principle-P9 = Prezonpsyon minorite (konsidere moun nan kòm minè)
principle-P9-gloss = Si gen dout sou laj yon jèn moun, yo trete l kòm minè jiskaske yo klarifye sa.
principle-P10 = Pa mete timoun ak adolesan nan detansyon
principle-P10-gloss = Yo pa fèmen timoun ni adolesan pou rezon migrasyon.

## Approaches (headwords of the RCM Guidelines, translated; glosses are ours)

approach-E1 = Apwòch dwa moun
approach-E1-gloss = Fanm migran yo gen dwa kèlkeswa sitiyasyon yo, e Leta yo gen devwa anvè yo.
approach-E2 = Apwòch egalite jan (egalite ant fanm ak gason)
approach-E2-gloss = Chèche inegalite ant fanm ak gason nan lwa ak sèvis yo, epi korije yo.
approach-E3 = Apwòch entèjenerasyonèl
approach-E3-gloss = Pran an kont bezwen diferan tifi, adolesan, fanm granmoun ak fanm ki gen laj yo.
approach-E4 = Apwòch entèseksyonalite
approach-E4-gloss = Wè kijan plizyè diskriminasyon vin ajoute youn sou lòt, tankou orijin etnik, laj, andikap oswa sitiyasyon migratwa.
approach-E5 = Apwòch kontèks
approach-E5-gloss = Adapte repons lan ak reyalite lokal ak nasyonal la.
approach-E6 = Apwòch entèkiltirèl
approach-E6-gloss = Respekte divèsite kilti ak lang, sa gen ladan pèp endijèn yo.
approach-E7 = Apwòch transnasyonal
approach-E7-gloss = Rekonèt lavi ak fanmi ki gaye nan plizyè peyi, epi kowòdone travay la atravè fwontyè yo.
approach-E8 = Apwòch entèsektoryèl
approach-E8-gloss = Sante, jistis, migrasyon, sèvis sosyal ak lòt sèvis travay ansanm.
approach-E9 = Apwòch enklizyon
approach-E9-gloss = Asire ke okenn gwoup fanm pa rete deyò sèvis yo.

## Definitions (headwords of the RCM Guidelines' working document, translated; glosses are ours)

definition-D1 = Adolesan
definition-D1-gloss = Yon jèn moun ki nan laj adolesans; laj egzak la depann de lwa chak peyi.
definition-D2 = Swen touswit (atansyon imedyat)
definition-D2-gloss = Premye èd pou sa ki ijan, tankou sekirite, sante, abri ak manje, depi yo idantifye l.
definition-D3 = Swen konplè (atansyon entegral)
definition-D3-gloss = Sipò kowòdone nan sante, sikososyal, legal, sosyal ak ekonomik, ki okipe tout moun nan.
definition-D4 = Deteksyon
definition-D4-gloss = Lè anplwaye yo remake yon fanm oswa yon tifi bezwen pwoteksyon, pa egzanp akòz vyolans oswa trafik moun.
definition-D5 = Otonomizasyon (anpouvwaman)
definition-D5-gloss = Pwosesis kote fanm yo jwenn otonomi, resous ak pouvwa pou yo deside epi sèvi ak dwa yo.
definition-D6 = Mwayen pou viv ki dirab
definition-D6-gloss = Konpetans, resous ak aktivite ki bay yon revni ki estab e ki ka reziste lè gen kriz.
definition-D7 = Migrasyon retou
definition-D7-gloss = Tounen nan peyi orijin, paske moun nan chwazi sa oswa paske yo fòse l.
definition-D8 = Migrasyon fòse
definition-D8-gloss = Deplase akòz kontrent, oswa akòz yon menas sou lavi oswa sou mwayen pou viv.
definition-D9 = Migran
definition-D9-gloss = Yon moun ki kite kote li abitye viv.
definition-D10 = Fanm migran ki an sitiyasyon iregilye
definition-D10-gloss = Yon fanm ki pa gen otorizasyon, dapre lwa peyi a, pou l antre, rete oswa travay.
definition-D11 = Tifi
definition-D11-gloss = Yon timoun ki poko rive nan laj adolesans.
definition-D12 = Tifi ak adolesan migran ki akonpaye
definition-D12-gloss = Tifi ki vwayaje ak manman yo, papa yo oswa responsab legal yo.
definition-D13 = Tifi ak adolesan migran ki pa akonpaye
definition-D13-gloss = Tifi ki separe ak manman yo, papa yo ak lòt fanmi, san okenn granmoun ki responsab yo.
definition-D14 = Tifi ak adolesan migran ki separe
definition-D14-gloss = Tifi ki separe ak manman yo, papa yo oswa moun ki konn okipe yo, menm si yo ka avèk lòt fanmi.
definition-D15 = Tifi ak adolesan ki viktim trafik moun
definition-D15-gloss = Tifi yo rekrite, deplase oswa kenbe pou yo eksplwate yo.
definition-D16 = Tifi ak adolesan refijye
definition-D16-gloss = Tifi yo rekonèt kòm refijye, oswa ki mande pwoteksyon sa a.
definition-D17 = Tifi ak adolesan ki retounen
definition-D17-gloss = Tifi yo voye tounen oswa ki retounen nan peyi orijin yo.
definition-D18 = Peyi orijin
definition-D18-gloss = Peyi kote yon moun migran soti.
definition-D19 = Peyi tranzit
definition-D19-gloss = Yon peyi moun travèse sou wout pou rive nan destinasyon an.
definition-D20 = Peyi destinasyon
definition-D20-gloss = Peyi kote yon moun migran gen lide rete.
definition-D21 = Peyi retou
definition-D21-gloss = Peyi yon moun retounen ladan, pi souvan peyi orijin li.
definition-D22 = Pwoteksyon
definition-D22-gloss = Mezi legal, fizik ak sikososyal pou asire yo respekte dwa li.
definition-D23 = Resepsyon (akèy)
definition-D23-gloss = Fòmalite lè moun rive ak premye sèvis pou moun ki retounen yo.
definition-D24 = Reyentegrasyon
definition-D24-gloss = Rekòmanse lavi sou plan sosyal, ekonomik ak emosyonèl apre retou a.
definition-D25 = Chemen kritik pou pwoteksyon ak asistans
definition-D25-gloss = Etap ak enstitisyon yon fanm pase pou l jwenn pwoteksyon ak èd (yon chemen referans).
definition-D26 = Vyolans kont fanm
definition-D26-gloss = Nenpòt zak ki baze sou jan (sèks sosyal) ki lakòz lanmò oswa domaj fizik, seksyèl oswa sikolojik pou fanm, an piblik oswa an prive.
definition-D27 = Vyolans ki baze sou jan (VBG)
definition-D27-gloss = Vyolans ki soti nan nòm sou wòl fanm ak gason, oswa ki vize yon moun akòz jan li.

## Actors

actor-MIG = Otorite migrasyon
actor-BOR = Ajan fwontyè
actor-CON = Konsila yo
actor-HEA = Sèvis sante
actor-JUS = Jistis ak lapolis
actor-WOM = Enstitisyon nasyonal pou fanm
actor-CHP = Sèvis pwoteksyon timoun
actor-LAB = Otorite travay
actor-CSO = Sosyete sivil ak abri
actor-ORI-GOV = Otorite peyi orijin
actor-REG = Eta sivil
actor-SCH = Lekòl
actor-ALL = Tout sèvis premye liy

## Sources

source-SR19 = Rapòtè Espesyal Nasyonzini sou dwa migran yo, A/74/191 (2019)
source-SR41 = Rapòtè Espesyal Nasyonzini sou dwa migran yo, A/HRC/41/38 (2019)
source-SR73 = Rapòtè Espesyal Nasyonzini sou dwa migran yo, A/73/178/Rev.1 (2018)
source-SR38 = Rapòtè Espesyal Nasyonzini sou dwa migran yo, A/HRC/38/41 (2018)
source-SR75 = Rapòtè Espesyal Nasyonzini sou dwa migran yo, A/75/183 (2020)
source-SR79 = Rapò Nasyonzini sou timoun ak fanmi migran, A/79/213 (2024)
source-SR72 = Rapòtè Espesyal Nasyonzini sou dwa migran yo, A/72/173 (2017)
source-SR71 = Rapòtè Espesyal Nasyonzini sou dwa migran yo, A/71/285 (2016)
source-SR76 = Rapòtè Espesyal Nasyonzini sou dwa migran yo, A/76/257 (2021)
source-GR26 = Rekòmandasyon jeneral n° 26 Komite CEDAW (fanm travayè migran, 2008)
source-GR32 = Rekòmandasyon jeneral n° 32 Komite CEDAW (azil ak nasyonalite, 2014)
source-GR35 = Rekòmandasyon jeneral n° 35 Komite CEDAW (vyolans ki baze sou jan, 2017)
source-GR38 = Rekòmandasyon jeneral n° 38 Komite CEDAW (trafik moun, 2020)
source-BDP = Konvansyon Belém do Pará (1994)
source-PP = Pwotokòl Palermo sou trafik moun (2000)
source-RC51 = Konvansyon 1951 sou estati refijye yo ak Pwotokòl 1967
source-CART = Deklarasyon Cartagena sou refijye yo (1984)
source-ICRMW = Konvansyon sou dwa tout travayè migran yo ak fanmi yo (1990)
source-VCCR = Konvansyon Vyèn sou relasyon konsilè (1963)
source-CEDAW = Konvansyon CEDAW (1979)
source-JGC3 = Obsèvasyon jeneral konjwen n° 3 (CMW) / n° 22 (CRC) (2017)
source-JGC4 = Obsèvasyon jeneral konjwen n° 4 (CMW) / n° 23 (CRC) (2017)
source-CRCv = Komite Dwa Timoun, desizyon sou evalyasyon laj (2018–2019)
source-GC6 = Komite Dwa Timoun, Obsèvasyon jeneral n° 6 (2005)
source-CO = Komite Nasyonzini yo, obsèvasyon final sou peyi CRM yo
source-OC18 = Kou Entèameriken Dwa Moun, Opinyon konsiltatif OC-18/03 (2003)
source-OC21 = Kou Entèameriken Dwa Moun, Opinyon konsiltatif OC-21/14 (2014)
source-IACHR19 = CIDH, Prensip entèameriken sou dwa migran yo, Res. 04/19 (2019)
source-GCM = Pak mondyal pou migrasyon (2018)
source-UNW = Gid ONU Fanm pou aplike Pak mondyal la ak apwòch jan (2021)
source-GA64 = Asanble Jeneral Nasyonzini, rezolisyon 64/139 (2009)
source-GA66 = Asanble Jeneral Nasyonzini, rezolisyon 66/128 (2011)
source-GA72 = Asanble Jeneral Nasyonzini, rezolisyon 72/149 (2017)
source-GA65 = Asanble Jeneral Nasyonzini, rezolisyon 65/228 (2010)
source-GA71 = Asanble Jeneral Nasyonzini, rezolisyon 71/177 (2016)
source-RCM-ID = CRM, gid pou idantifye ak refere migran ki an sitiyasyon vilnerab (2013)
source-RCM-NNA = CRM, gid pou pwoteksyon konplè timoun ak adolesan migran (2016)
source-MISP = Pakè Sèvis Inisyal Minimòm pou sante repwodiktif nan kriz (MISP)
source-Sphere = Manyèl Sphere, nòm sante seksyèl ak repwodiktif
source-CMR = OMS/HCR, Jesyon klinik viktim kadejak (2001)
source-MSF = Doktè San Fwontyè (MSF), swen apre vyolans seksyèl
source-MICIC = Gid MICIC (migran nan peyi ki an kriz)
source-GIP1 = HCR, Gid sou pwoteksyon entènasyonal n° 1 (pèsekisyon ki gen rapò ak jan, 2002)
source-GIP9 = HCR, Gid sou pwoteksyon entènasyonal n° 9 (oryantasyon seksyèl ak idantite jan, 2012)

## Rights

right-R01-title = Menm dwa, avèk oswa san papye
right-R01-woman = Dapre règ entènasyonal yo, dwa ou pa depann de papye ou. Pèsonn pa gen dwa trete ou pi mal paske ou se fanm oswa etranje.
right-R01-official = Yon fanm migran gen tout dwa moun li, kèlkeswa sitiyasyon migratwa li. Otorite ak sèvis yo pa dwe fè diskriminasyon kont li akòz sèks li, nasyonalite li, orijin etnik li oswa paske li pa gen papye.

right-R02-title = Mande azil
right-R02-woman = Ou pè pou lavi ou nan peyi ou? Ou ka mande yon lòt peyi pwoteksyon. Sa rele azil. Ou mande l lè ou deja soti nan peyi ou. Ou ka fè pwòp demann pa ou, menm si w ap vwayaje ak fanmi ou.
right-R02-official = Yon fanm ki pè pèsekisyon oswa yon domaj grav, sa gen ladan pèsekisyon ki gen rapò ak jan, ka mande pwoteksyon kòm refijye, e yo dwe egzamine demann li apa de demann fanmi li. Kote lwa nasyonal la gen definisyon rejyonal la (Cartagena), kouri pou vyolans jeneralize oswa pou vyolasyon masif dwa moun konte tou.

right-R03-title = Pa voye ou tounen nan danje
right-R03-woman = Règ entènasyonal yo entèdi voye ou kote yo ka touye ou oswa blese ou. Yo dwe gade ka pa ou anvan. Mande yon sèvis nan lis kontak yo kijan sa mache nan peyi sa a.
right-R03-official = Dapre règ entènasyonal yo, yo pa ka ekspilse okenn fanm, ni refoule l sou fwontyè a, ni voye l tounen yon kote lavi li oswa libète li menase, oswa kote li ka sibi tòti oswa yon lòt domaj ki pa ka repare. Chak ka mande yon evalyasyon endividyèl; ekspilsyon kolektif entèdi.

right-R04-title = Pa gen pinisyon paske ou travèse pou ou sove
right-R04-woman = Èske ou travèse san papye pou ou sove anba danje? Règ entènasyonal yo di yo pa dwe pini ou pou sa. Pou sa, ale byen vit kote otorite yo epi di yo poukisa ou kouri. Mande yon sèvis nan lis kontak yo kijan sa mache nan peyi sa a.
right-R04-official = Dapre règ entènasyonal yo, yon refijye ki soti dirèkteman nan danje epi ki prezante devan otorite yo san reta pa dwe sanksyone paske li antre oswa li rete an sitiyasyon iregilye. Yo dwe trete antre iregilye kòm yon fot administratif, pa kòm yon krim.

right-R05-title = Yon lavi san vyolans
right-R05-woman = Pèsonn pa gen dwa bat ou, menase ou oswa abize ou. Ni patnè ou, ni yon pasè (kouyòt), ni yon bòs, ni yon ajan. Ou ka mande pwoteksyon.
right-R05-official = Li gen dwa pou yo pwoteje l kont vyolans fizik, seksyèl ak sikolojik, kit se patnè li, kit se moun prive, kit se ajan Leta ki fè l. Leta yo dwe pran an kont espesyalman risk ki pi gwo fanm migran, refijye ak deplase yo genyen.

right-R06-title = Fè plent epi jwenn èd legal
right-R06-woman = Ou ka fè plent pou vyolans, vòl oswa abi, menm si ou pa gen papye. Ou ka mande yon avoka ak yon entèprèt. Anvan ou bay enfòmasyon pèsonèl ou, mande si yo pase yo bay migrasyon.
right-R06-official = Li ka fè plent pou krim ak abi, jwenn asistans jiridik ak entèpretasyon, epi sèvi ak tribinal ak mekanis plent yo, kèlkeswa sitiyasyon migratwa li. Lapolis, tribinal yo ak sèvis pou viktim yo pa ta dwe pase done li bay otorite ki kontwole imigrasyon.

right-R07-title = Èd pou viktim trafik moun
right-R07-woman = Si yon moun twonpe ou oswa fòse ou travay oswa fè sèks, ou ka mande èd. Ou ka mande yon kote ki an sekirite, swen sante ak konsèy. Règ entènasyonal yo di èd la pa dwe depann de yon plent.
right-R07-official = Dapre règ entènasyonal yo, lè gen rezon serye pou kwè li se viktim trafik moun, li dwe jwenn asistans ak pwoteksyon touswit. Èd la pa ka depann de sitiyasyon migratwa li, ni de si yo jwenn moun ki responsab la, ni de si li kolabore ak pouswit jidisyè a.

right-R08-title = Swen sante an ijans
right-R08-woman = Nan yon ijans, ale nan yon sèvis sante, menm si ou pa gen papye. Dapre règ entènasyonal yo, yo pa dwe refize ou swen ijan akòz papye. Mande yon sèvis nan lis kontak yo kijan sa mache nan peyi sa a.
right-R08-official = Dapre règ entènasyonal yo, yo pa ka refize l swen medikal ijan li bezwen pou sove lavi li oswa pou evite yon domaj ki pa ka repare, paske li rete oswa li travay an sitiyasyon iregilye. Yo pa dwe fè diskriminasyon kont li akòz gwosès oswa akouchman.

right-R09-title = Gwosès, akouchman ak sante seksyèl
right-R09-woman = Ou ka mande swen pandan gwosès ak akouchman, planin ak tès VIH. Apre yon kadejak, ale vit nan yon sèvis sante. Gen kèk medikaman ki mache sèlman nan premye 3 a 5 jou yo.
right-R09-official = Li dwe gen aksè a swen sante seksyèl ak repwodiktif, sa gen ladan planifikasyon familyal, swen prenatal, akouchman ak swen apre akouchman, prevansyon ak tretman VIH ak lòt IST, ak swen klinik apre vyolans seksyèl, nan peyi tranzit ak peyi destinasyon, san konsekans sou sitiyasyon migratwa li.

right-R10-title = Enfòmasyon ou rete prive
right-R10-woman = Sa ou di nan sèvis sante, nan yon abri oswa nan sèvis pou viktim dwe rete prive. Ou ka mande ki moun ki pral wè l.
right-R10-official = Dapre règ entènasyonal yo, idantite li, istwa li ak done pèsonèl li dwe rete konfidansyèl. Enfòmasyon sèvis sante, edikasyon, abri oswa sèvis pou viktim ranmase pa ta dwe sèvi pou kontwòl imigrasyon.

right-R11-title = Enfòmasyon nan lang ou
right-R11-woman = Ou gen dwa konprann sa k ap pase. Ou ka mande yon entèprèt ki pale lang ou. Pa janm siyen yon papye ou pa konprann.
right-R11-official = Yo dwe esplike l pwosedi yo, desizyon yo ak dwa li nan yon lang li konprann, ak entèprèt kalifye lè sa nesesè, sa gen ladan lang endijèn ak fòma ki aksesib.

right-R12-title = Èd konsila ou
right-R12-woman = Konsila peyi ou ka ede ou ak papye, ak pwoblèm legal, si yo arete ou, oswa pou ou tounen lakay ou. Si yo arete ou, ou ka mande pou yo avèti konsila ou. Yo fè sa sèlman si ou vle.
right-R12-official = Li ka mande konsila li pwoteksyon ak asistans, sitou lè yo vyole dwa li, lè li nan detansyon oswa anvan yon ekspilsyon. Si yo arete l, yo dwe di l san reta ke li ka mande pou yo avèti konsila li; yo avèti konsila a sèlman si li mande sa, sa ki enpòtan si li pè pwòp Leta pa li.

right-R13-title = Detansyon sèlman an dènye rekou
right-R13-woman = Dapre règ entènasyonal yo, fèmen yon moun paske li pa gen papye se dènye solisyon. Si yo kenbe ou, ou ka mande poukisa. Ou ka mande yon avoka, yon entèprèt, konsila ou ak azil. Ou ka mande pou yo mete ou apa, lwen gason ou pa konnen.
right-R13-official = Dapre règ entènasyonal yo, detansyon pou rezon imigrasyon dwe yon dènye rekou: legal, nesesè, pwopòsyonèl, deside ka pa ka e pi kout posib, epi yo dwe prefere altènativ ki pa prive moun libète. Si li nan detansyon, yo dwe separe l ak gason ki pa fanmi li, li dwe jwenn ijyèn ak swen sante ki adapte pou fanm, e li dwe gen aksè a yon avoka, yon entèprèt, konsila li, pwosedi azil la ak siveyans endepandan.

right-R14-title = Yo pa fèmen timoun
right-R14-woman = Règ entènasyonal yo di yo pa dwe fèmen timoun akòz migrasyon. Ou ka mande rete ak pitit ou nan yon kote ki san danje.
right-R14-official = Dapre règ entènasyonal yo, timoun, kit yo poukont yo kit yo ak fanmi yo, pa dwe nan detansyon imigrasyon, e inite fanmi pa jistifye pou yo fèmen yo. Fanmi yo dwe rete ansanm nan altènativ nan kominote a, san privasyon libète, pandan y ap regle ka yo.

right-R15-title = Byennèt timoun nan an premye
right-R15-woman = Règ entènasyonal yo di desizyon sou timoun dwe mete byennèt yo an premye. Si ou di ou poko gen 18 an, yo ta dwe trete ou kòm timoun. Se konsa jiskaske yo verifye laj ou yon fason ki jis. Ou ka konteste rezilta a.
right-R15-official = Dapre règ entènasyonal yo, nan chak desizyon ki touche yon timoun, sa gen ladan plasman, pwosedi ak retou, enterè siperyè timoun nan se yon konsiderasyon prensipal, yo evalye ka pa ka; objektif kontwòl migrasyon pa ka pase devan l. Yon moun ki di li minè trete kòm minè, ak benefis dout la, jiskaske gen yon evalyasyon laj konplè li ka konteste.

right-R16-title = Rete ak fanmi ou
right-R16-woman = Ou gen dwa rete ak pitit ou. Si ou pèdi kontak ak fanmi ou, ou ka mande èd pou jwenn yo, pou ou ak fanmi ou rete ansanm ankò.
right-R16-official = Otorite yo dwe evite separe l ak pitit li oswa fanmi li, ede chèche ak reyini manm ki separe yo, epi retire obstak ki pa rezonab pou reyinifikasyon familyal.

right-R17-title = Dwa nan travay, avèk oswa san papye
right-R17-woman = Règ entènasyonal yo di tout travay dwe peye, menm si ou pa gen pèmi. Okenn bòs pa gen dwa kenbe paspò ou. Ou ka reklame lajan yo dwe ou, menm lè ou nan peyi pa ou. Mande yon sèvis nan lis kontak yo kijan sa mache nan peyi sa a.
right-R17-official = Dapre règ entènasyonal yo, kòm travayè, li gen dwa pou yon salè ak kondisyon ki pa pi mal pase pa moun nasyonal yo, e sitiyasyon iregilye li pa libere patwon an anba obligasyon li yo. Menm apre ekspilsyon, yo toujou dwe l salè yo pa t peye l yo, e se sèlman fonksyonè ki gen otorizasyon, pa janm patwon, ki ka pran dokiman idantite.

right-R18-title = Papye ak anrejistreman nesans
right-R18-woman = Ou ka anrejistre tibebe ou kote li fèt la. Règ entènasyonal yo di sa pa dwe depann de papye ou. Lè ou lòt bò, konsila ou ka ede ou ak papye tou.
right-R18-official = Chak timoun gen dwa pou yon non, pou yo anrejistre nesans li ak pou yon nasyonalite, kèlkeswa sitiyasyon paran li, e fanm gen menm dwa pou yo pase nasyonalite yo bay pitit yo. Peyi orijin li dwe ba l dokiman idantite ak dokiman vwayaj li bezwen.

right-R19-title = Lekòl ak sèvis debaz
right-R19-woman = Règ entènasyonal yo di pitit ou ka al lekòl, menm si ou pa gen papye. Ou ta dwe ka itilize sèvis sante ak lòt sèvis san krent. Mande yon sèvis nan lis kontak yo kijan sa mache nan peyi sa a.
right-R19-official = Pitit li gen dwa pou edikasyon nan menm kondisyon ak lòt timoun, kèlkeswa sitiyasyon yo oswa sitiyasyon li. Li dwe gen aksè an sekirite a sèvis debaz tankou sante, lojman ak pwoteksyon sosyal, san kontwòl migrasyon ki dekouraje l.

right-R20-title = Retou an sekirite ak sipò lè ou rive
right-R20-woman = Si ou tounen oswa yo voye ou tounen, yo ta dwe respekte diyite ou. Lè ou rive, ou ka mande èd. Pa egzanp: swen sante, sipò emosyonèl, konsèy legal, ak èd pou travay oswa pou etidye.
right-R20-official = Li toujou ka antre epi rete nan pwòp peyi li. Tout retou dwe fèt an sekirite, ak diyite e de preferans volontè, apre yon evalyasyon endividyèl, e li dwe pran an kont pwosedi ki poko fini; lè li retounen, li dwe jwenn sipò pou reyentegrasyon ki adapte ak bezwen li.

right-R21-title = Sipò apre vyolans oswa trafik moun
right-R21-woman = Apre vyolans oswa trafik moun, ou ka mande yon kote ki an sekirite pou ou rete. Ou ka mande tou pou wè yon doktè ak pou pale ak yon moun. Ou ka mande konsèy legal ak èd pou manje.
right-R21-official = Yon sivivan vyolans oswa trafik moun dwe gen aksè a lojman an sekirite, konsèy nan lang li, swen medikal ak sikolojik, asistans legal ak konsilè ak sipò materyèl, yon fason ki pran jan an kont e ki adapte ak kilti li ak lang li.

right-R22-title = Yon pèmi ki pa mare ak moun k ap maltrete ou
right-R22-woman = Èske pèmi ou depann de yon patnè oswa yon bòs k ap fè ou mal? Mande si ou ka gen pwòp pèmi pa ou. Pafwa, viktim trafik moun oswa vyolans ka rete legalman.
right-R22-official = Yon fanm ki gen rezidans li depann de yon mari oswa yon patwon ki abize l dwe ka mande yon rezidans pa li. Viktim trafik moun ka jwenn otorizasyon pou rete tanporèman oswa pou toutan, e ka gen chemen regilarizasyon pou sivivan vyolans ki baze sou jan ak eksplwatasyon.

right-R23-title = Enfòmasyon sou dwa ou
right-R23-woman = Ou ka mande enfòmasyon klè sou dwa ou. Mande sou danje ki sou wout la ak sou kote pou jwenn èd. Mande anvan ou pati, sou wout la ak lè ou rive.
right-R23-official = Anvan li pati, pandan tranzit ak lè li rive, li dwe resevwa enfòmasyon egzak sou chemen migrasyon regilye yo, sou risk tankou vyolans ki baze sou jan ak trafik moun, sou dwa li, kote pou jwenn èd, nimewo ijans ak pwosedi ki aplike pou li.

right-R24-title = Fanm LGBTI: sekirite ak respè
right-R24-woman = Ou gen menm dwa ak tout moun. Ou an danje akòz moun ou renmen oswa kiyès ou ye? Ou ka mande azil. Nan yon abri, mande yon kote ki an sekirite e ki respekte idantite jan ou.
right-R24-official = Fanm lesbyèn, biseksyèl, trans ak entèseks sibi plizyè diskriminasyon ki kwaze. Yo dwe evalye demann azil yo kòrèkteman, e nan resepsyon oswa nan detansyon yo dwe plase yo dapre idantite jan yo epi pwoteje yo kont abi.

right-R25-title = Yon pwosesis ki jis anvan depòtasyon
right-R25-woman = Règ entènasyonal yo entèdi depòte moun an gwoup san yo pa gade chak ka. Ou ka mande desizyon an alekri e nan lang ou. Ou ka mande pou yo revize l.
right-R25-official = Dapre règ entènasyonal yo, se yon otorite konpetan ki dwe deside ekspilsyon an ka pa ka, dapre lwa a; yo dwe kominike l ak rezon yo nan yon lang li konprann, e li dwe ka fè rekou kont li. Ekspilsyon kolektif entèdi.

right-R26-title = Ou lib pou kite peyi ou
right-R26-woman = Ou gen dwa kite peyi ou. Dapre règ entènasyonal yo, ou pa bezwen pèmisyon yon gason pou vwayaje. Pèsonn pa ta dwe fòse ou fè tès gwosès oswa VIH pou pati.
right-R26-official = Li lib pou kite nenpòt peyi, sa gen ladan pwòp peyi li. Entèdiksyon ki vize fanm sèlman, obligasyon pou gen pèmisyon yon gason ak tès gwosès oswa VIH obligatwa fè diskriminasyon kont fanm epi pouse yo pran wout ki pi danjere.

right-R27-title = Respè, san ou pa bezwen repete istwa ou
right-R27-woman = Se ou ki deside sa pou fè. Ou pa ta dwe bezwen rakonte istwa ou plizyè fwa. Ou ka mande yon poz, yon fanm pou okipe ou, oswa yon moun pou akonpaye ou.
right-R27-official = Yo dwe trete l ak diyite, kòm yon moun ki gen dwa e ki gen desizyon yo respekte, san yo pa fè l reviv twomatis la ak pwosedi repete oswa ostil. Sipò a pa ka depann de si li patisipe nan yon pwosedi.

right-R28-title = Sipò ki adapte ak bezwen ou
right-R28-woman = Èske ou ansent oswa ou gen laj? Èske ou gen yon andikap, oswa ou pale yon lang endijèn? Ou ka mande yon èd ki adapte ak ou.
right-R28-official = Yo dwe bay atansyon espesyal a fanm ki ansent, ki gen andikap, tifi, fanm ki gen laj, fanm endijèn oswa ki soti nan minorite etnik, oswa fanm ki prive de libète. Sèvis yo ak enfòmasyon yo dwe aksesib pou yo.

## Actions

action-A01-title = Detekte risk depi premye kontak
action-A01-official = Depi premye kontak, anplwaye yo chèche siy vyolans, trafik moun, timoun ki pa akonpaye, bezwen pwoteksyon, gwosès oswa andikap, ak endikatè yo konnen e san yo pa egzije gwo prèv.
action-A01-woman = Ou ka di anplwaye yo si ou an danje, si ou ansent, si ou malad oswa blese. Yo dwe koute ou epi mennen ou kote moun ki ka ede ou.

action-A02-title = Refere nan bon sèvis la
action-A02-official = Yo refere chak ka bay sèvis ki konpetan an, atravè yon mekanis oswa yon pwotokòl referans ki pran jan an kont e ki sansib pou timoun, epi yo fè swivi.
action-A02-woman = Ou ka mande pou yo voye ou nan sèvis ki ka ede ou. Mande yon non, yon adrès oswa yon nimewo telefòn.

action-A03-title = Fanm ajan nan fwontyè ak nan sant yo
action-A03-official = Yo anboche epi plase fanm ajan ak fanm anplwaye nan fwontyè yo, nan pwen resepsyon ak nan kote detansyon.
action-A03-woman = Ou ka mande pou ou pale ak yon fanm ajan.

action-A04-title = Entèvyou an prive ak pwòp demann pa ou
action-A04-official = Yo fè entèvyou a avè l an prive, apa de fanmi oswa gason k ap akonpaye l, epi yo ofri l yon fanm pou fè entèvyou a ak yon fanm entèprèt; li ka depoze pwòp demann azil pa li.
action-A04-woman = Ou ka mande pou yo pale avè ou poukont ou, san patnè ou oswa fanmi ou. Ou ka mande pou se yon fanm ki poze ou kesyon yo, ak yon fanm entèprèt. Ou ka mande azil poukont ou.

action-A05-title = Yon entèprèt ak enfòmasyon ki klè
action-A05-official = Yo bay entèpretasyon kalifye ak enfòmasyon nan yon lang ak yon fòma li konprann, sa gen ladan lang endijèn, fòma pou moun ki pa li byen ak fòma ki aksesib pou moun ki gen andikap.
action-A05-woman = Ou ka mande yon entèprèt nan lang ou, menm nan yon lang endijèn. Mande yo esplike ou ak mo ki senp, oswa awotvwa si ou pa konn li.

action-A06-title = Sekirite touswit ak abri
action-A06-official = Yo bay pwoteksyon touswit: evalyasyon sekirite ak risk, abri dijans, manje, rad, ak premye swen medikal ak sikososyal.
action-A06-woman = Si ou an danje, ou ka mande yon kote ki an sekirite pou dòmi, manje ak rad. Ou ka mande tou premye swen ak yon moun pou ou pale avè l.

action-A07-title = Swen medikal apre kadejak
action-A07-official = Yo bay swen klinik apre kadejak pi vit posib: pwofilaksi apre ekspozisyon pou VIH nan 72 èdtan (tretman 28 jou), kontrasepsyon dijans nan 5 jou (120 èdtan), pwofilaksi oswa tretman IST, vaksen kont epatit B (premye dòz nan 3 mwa) ak tetanòs dapre ka a, swen blesi ak premye swen sikolojik. Swen yo pa ta dwe depann de yon plent lapolis.
action-A07-woman = Apre yon kadejak, ale nan yon sèvis sante pi vit ou kapab. Medikaman kont VIH la mache sèlman nan premye 3 jou yo. Grenn pou pa tonbe ansent lan mache jiska 5 jou. Gid entènasyonal yo di swen pa dwe tann yon plent lapolis.

action-A08-title = Swen gwosès ak sante seksyèl
action-A08-official = Yo bay swen sante matènèl, seksyèl ak repwodiktif kèlkeswa sitiyasyon migratwa: swen prenatal ak apre akouchman, referans 24 èdtan sou 24 pou swen ijans obstetrik ak swen ijans pou tibebe ki fèk fèt, twous akouchman pwòp pou fanm ki vizib ansent ki sou wout, kontrasepsyon ak sèvis VIH ak IST.
action-A08-woman = Ou ka mande konsiltasyon pandan gwosès ak apre akouchman, menm si ou pa gen papye. Si ou ansent epi ou sou wout, ou ka mande yon twous akouchman pwòp. Ou ka mande planin ak tès VIH tou.

action-A09-title = Pa gen kontwòl migrasyon nan sèvis yo
action-A09-official = Sèvis sante, edikasyon, abri, sèvis pou viktim ak jistis pa mande ni rapòte sitiyasyon migratwa moun, e yo pwoteje done pèsonèl yo (yon baryè ant sèvis yo ak imigrasyon, sa yo rele «firewall»).
action-A09-woman = Anvan ou bay enfòmasyon ou, mande si sèvis la pataje yo ak migrasyon. Règ entènasyonal yo di anplwaye sante, lekòl ak abri pa ta dwe denonse ou.

action-A10-title = Èd pou yon moun ki ka viktim trafik moun
action-A10-official = Yo trete moun nan kòm viktim trafik moun lè gen rezon serye: yo ede l kit li kolabore kit li pa kolabore, kèlkeswa sitiyasyon migratwa li oswa pwosè penal la, yo pwoteje idantite li, e yo ofri l rekiperasyon ak opsyon pou l rete.
action-A10-woman = Si yon moun ap eksplwate ou, ou ka mande èd, menm si ou pa denonse l. Yo ta dwe kenbe non ou an sekrè. Ou ka mande ki fason ou ka rete nan peyi a.

action-A11-title = Enfòmasyon ak anrejistreman pou azil
action-A11-official = Yo enfòme l de dwa li pou mande azil, yo anrejistre demann li epi yo transmèt li, e yo evalye pèsekisyon ki gen rapò ak jan (ak rezon ki nan definisyon rejyonal la, kote lwa nasyonal la genyen l).
action-A11-woman = Ou ka di nenpòt ajan fwontyè oswa migrasyon ke ou vle mande azil. Règ entènasyonal yo di yo dwe ekri demann ou epi voye l pi lwen. Vyolans yo fè ou paske ou se fanm ka yon rezon pou azil.

action-A12-title = Verifye risk yo anvan nenpòt retou
action-A12-official = Dapre règ entènasyonal yo, anvan nenpòt retou, yo fè yon evalyasyon endividyèl risk yo, sa gen ladan risk ki espesifik pou fanm tankou vyolans seksyèl, vyolans domestik ak nouvo trafik, ak yon pwosè ki respekte dwa li (debi pwosè) ak yon rekou efikas; pa gen ekspilsyon kolektif.
action-A12-woman = Anvan yo voye ou tounen, ou ka di yo ki danje k ap tann ou. Règ entènasyonal yo di yo dwe gade ka pa ou. Ou ka mande pou yo revize desizyon an. Mande yon sèvis nan lis kontak yo kijan sa mache nan peyi sa a.

action-A13-title = Altènativ pou detansyon ak kondisyon ki an sekirite
action-A13-official = Yo sèvi ak altènativ ki pa prive moun libète. Si detansyon pa ka evite, se dènye rekou, pou tan ki pi kout posib, ak separasyon de gason ki pa fanmi li; dlo, sanitasyon, ijyèn ak swen sante repwodiktif ki adapte pou fanm; aksè a avoka, entèprèt, konsila, azil ak siveyans endepandan; ak respè idantite jan li.
action-A13-woman = Si yo kenbe ou, ou ka mande pou yo mete ou lwen gason ou pa konnen. Ou ka mande sèvyèt ijyenik (kotèks), dlo pwòp ak yon doktè. Ou ka mande yon avoka, konsila ou oswa azil.

action-A14-title = Pa mete timoun nan detansyon
action-A14-official = Dapre règ entènasyonal yo, yo pa janm mete timoun nan detansyon imigrasyon, ni poukont yo ni ak fanmi yo; yo plase fanmi yo nan altènativ nan kominote a, san privasyon libète, sou direksyon sèvis pwoteksyon timoun.
action-A14-woman = Yo pa ta dwe fèmen pitit ou. Ou ka mande pou ou rete avèk yo nan yon kote ki an sekirite, tankou yon abri.

action-A15-title = Enterè siperyè timoun nan ak yon titè
action-A15-official = Anvan nenpòt desizyon sou plasman oswa retou, yo evalye oswa detèmine enterè siperyè timoun nan; yo nonmen yon titè ak yon reprezantan legal pou timoun ki pa akonpaye oswa ki separe depi yo idantifye yo, e yo koute timoun nan.
action-A15-woman = Èske ou gen mwens pase 18 an epi ou poukont ou? Ou ka mande yon granmoun pou ede ou epi pale pou ou, ak yon avoka. Règ entènasyonal yo di yo dwe koute ou anvan yo deside ki kote ou prale.

action-A16-title = Yon verifikasyon laj ki jis
action-A16-official = Dapre règ entènasyonal yo, yo evalye laj sèlman lè gen dout, yon fason konplè, miltidisiplinè, ki pran jan an kont e ki adapte ak kilti; moun nan jwenn benefis dout la, yo trete l kòm timoun pandan tan sa a, e li ka fè apèl.
action-A16-woman = Règ entènasyonal yo pwoteje ou si yo gen dout sou laj ou. Yo ta dwe trete ou tankou yon timoun pandan y ap verifye. Verifikasyon an dwe fèt ak respè. Ou ka konteste rezilta a.

action-A17-title = Di l li ka kontakte konsila li
action-A17-official = Lè yo arete l oswa mete l nan detansyon, yo di l san reta ke li ka mande pou yo avèti konsila li; yo avèti konsila a sèlman si li mande sa, epi yo transmèt mesaj li voye bay konsila a.
action-A17-woman = Si yo arete ou, yo ta dwe di ou ke ou ka kontakte konsila ou. Yo avèti konsila a sèlman si ou vle.

action-A18-title = Èd konsilè pou fanm ki an risk
action-A18-official = Konsila yo idantifye epi ede sitwayen yo ki an sitiyasyon vilnerab (vyolans ki baze sou jan, trafik moun, eksplwatasyon nan travay, krim) ak anplwaye ki fòme sou kesyon jan ak liy èd, yo bay dokiman idantite ak dokiman vwayaj, e yo anrejistre nesans ki fèt lòt bò.
action-A18-woman = Konsila ou ka ede ou si ou sibi vyolans, abi nan travay oswa yon krim. Li ka ba ou papye epi anrejistre tibebe ou. Ou ka rele oswa ale la.

action-A19-title = Plent, èd legal ak lòd pwoteksyon
action-A19-official = Yo resevwa plent kèlkeswa sitiyasyon migratwa; yo bay asistans jiridik, entèpretasyon, lòd pwoteksyon ak sipò pou viktim pandan tout pwosedi a, e yo pa sanksyone l si li chwazi pa patisipe.
action-A19-woman = Ou ka fè plent, menm si ou pa gen papye. Ou ka mande èd legal ak yon entèprèt. Ou ka mande tou yon lòd pou moun ki maltrete ou a pa pwoche ou.

action-A20-title = Pwoteksyon nan travay ak salè ki pa peye
action-A20-official = Enspeksyon travay vize patwon k ap eksplwate, pa travayè yo; travayè lakay (domestik) gen fason aksesib pou fè plent; yo ka reklame salè yo, menm apre retou; yo anpeche patwon konfiske paspò.
action-A20-woman = Ou ka fè plent pou abi nan travay, menm si ou travay nan yon kay. Ou ka reklame salè yo pa peye ou, menm apre ou tounen lakay ou. Règ entènasyonal yo di bòs ou pa gen dwa kenbe paspò ou.

action-A21-title = Enfòmasyon anvan ou pati
action-A21-official = Anvan depa, sèvis nan peyi orijin yo bay enfòmasyon sou dwa, chemen regilye, risk vyolans ki baze sou jan ak trafik moun, nimewo ijans ak kijan pou kontakte konsila yo.
action-A21-woman = Anvan ou pati, mande kijan pou vwayaje san danje. Mande sou danje yo, sou dwa ou ak sou kote pou jwenn èd. Mande nimewo konsila ou ak nimewo ijans yo.

action-A22-title = Retire règ sòti ki enjis epi kontwole ajans rekritman yo
action-A22-official = Peyi orijin yo retire règ sòti ki fè diskriminasyon (pèmisyon yon gason, entèdiksyon ki vize fanm sèlman, tès gwosès oswa VIH obligatwa) epi yo regle ak siveye ajans rekritman yo.
action-A22-woman = Ou pa ta dwe bezwen pèmisyon yon gason, ni yon tès gwosès oswa VIH, pou ou pati. Yo ta dwe kontwole ajans travay yo.

action-A23-title = Anrejistreman nesans ak papye idantite
action-A23-official = Yo anrejistre chak nesans kèlkeswa sitiyasyon paran yo; yo bay dokiman idantite; yo ofri anrejistreman mobil nan zòn fwontyè, e konsila yo anrejistre sitwayen yo.
action-A23-woman = Ou ka anrejistre nesans tibebe ou, menm si ou pa gen papye. Lè ou lòt bò, ou ka mande konsila ou papye idantite tou.

action-A24-title = Yon retou ki an sekirite e ki byen prepare
action-A24-official = Yo òganize retou a kòm yon pwosesis endividyèl, an sekirite, ak diyite e de preferans volontè, ki pran an kont pwosedi ki poko fini: yo bay dokiman vwayaj, yo prepare l anvan depa, epi yo remèt li bay sèvis resepsyon yo (sèvis pwoteksyon timoun pou timoun yo).
action-A24-woman = Si yo voye ou tounen, ou ka mande kilè ak kijan sa pral fèt. Ou ka mande papye vwayaj, ak yon sèvis sipò pou resevwa ou lè ou rive.

action-A25-title = Resepsyon ak yon plan pou rekòmanse
action-A25-official = Lè li retounen, otorite peyi orijin yo ak patnè yo ba l resepsyon ak yon plan reyentegrasyon endividyèl (abri, swen medikal ak sikososyal, sa gen ladan sante seksyèl ak repwodiktif ak sèvis pou vyolans ki baze sou jan, èd legal, edikasyon, fòmasyon, mwayen pou viv, konsèy familyal), yo konbat stigmatizasyon epi yo pwoteje l kont moun li te kouri pou yo a.
action-A25-woman = Lè ou tounen, ou ka mande yon kote pou ou rete, swen sante ak yon moun pou ou pale avè l. Ou ka mande èd pou papye, lekòl, fòmasyon oswa travay. Si ou pè yon moun, di yo sa.

action-A26-title = Kenbe fanmi yo ansanm epi reyini yo
action-A26-official = Yo kenbe fanmi yo ansanm; yo chèche epi reyini manm ki separe yo dapre enterè siperyè timoun nan, e yo fasilite pwosedi reyinifikasyon familyal.
action-A26-woman = Ou ka mande pou yo pa separe ou ak pitit ou. Si ou pèdi yo, ou ka mande èd pou jwenn yo.

action-A27-title = Fòme anplwaye premye liy yo
action-A27-official = Anplwaye premye liy yo resevwa fòmasyon sou idantifikasyon, entèvyou ak referans ki pran jan an kont, ki sansib pou timoun e ki konsidere twomatis, sa gen ladan endikatè vilnerabilite.
action-A27-woman = Anplwaye k ap ede ou yo ta dwe fòme pou yo wè danje. Yo ta dwe trete ou ak swen.

action-A28-title = Pwòp rezidans pa ou, dwa pou rete ak regilarizasyon
action-A28-official = Yo bay oswa fasilite rezidans ki pa depann de yon mari oswa yon patwon ki abize l, opsyon pou viktim trafik moun rete, ak chemen regilarizasyon pou sivivan yo.
action-A28-woman = Ou ka mande nan migrasyon si ou ka jwenn pwòp pèmi pa ou. Mande si gen fason pou viktim vyolans oswa trafik moun rete.

action-A29-title = Sèvis ki adapte ak chak fanm
action-A29-official = Sèvis yo adapte ak bezwen ki kwaze: aksesibilite pou moun ki gen andikap, laj avanse, idantite ak lang endijèn, ak sekirite pou fanm LGBTI.
action-A29-woman = Ou ka mande yon èd ki fèt pou ou. Pa egzanp: aksè si ou gen yon andikap, pwòp lang ou, oswa yon kote ki an sekirite si ou se LGBTI.

action-A30-title = Travay ki santre sou sivivan an
action-A30-official = Anplwaye yo travay yon fason ki santre sou sivivan an: konsantman enfòme, pa gen entèvyou repete, yo pataje enfòmasyon sèlman ak konsantman li, e yo respekte chwa li.
action-A30-woman = Yo pa ta dwe fè anyen san pèmisyon ou. Ou pa ta dwe bezwen rakonte istwa ou plizyè fwa. Yo ta dwe pataje enfòmasyon ou sèlman si ou dakò.

## Avètisman ki ale ak konsèy ki ka danjere (content/advice.toml)

warning-consulate-title = Konsila ou: sèlman si ou santi ou an sekirite
warning-consulate-woman = Pa kontakte konsila ou si ou pè pwòp gouvènman ou. Si yo arete ou, yo avèti konsila ou sèlman si ou mande sa. Ou ka mande azil san ou pa pase pa konsila ou.
warning-consulate-official = Li make azil oswa LGBTI. Kontakte konsila li sèlman si li mande sa: li ka pè pwòp Leta li. Si yo arete l oswa kenbe l, yo enfòme konsila li sèlman si li mande sa (CVRC atik 36(1)(b)).

## Estati yon baz: nimewo paragraf la pa janm verifye nan sous la

basis-unchecked = paragraf la pa verifye
