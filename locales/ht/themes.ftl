## Themes of the RCM's regional work. The grouping of items under each theme is Ruta's.
theme-violence = Vyolans kont fanm
theme-violence-desc = Pwoteksyon, swen ak jistis pou fanm ak tifi ki sibi vyolans oswa trafik moun.
theme-women-work = Fanm ak travay
theme-women-work-desc = Dwa travayè, rekritman ki jis ak libète pou migre pou travay.
theme-children = Timoun ak adolesan migran
theme-children-desc = Enterè siperyè timoun nan, inite fanmi, pa mete timoun nan detansyon, ak papye pou timoun.
theme-gcm = Pak mondyal pou migrasyon
theme-gcm-desc = Tout sa ki nan Ruta ki chita sou Pak mondyal pou yon migrasyon ki an sekirite, ki òganize e ki regilye (2018), oswa sou gid ONU Fanm pou aplike l.
theme-gender-data = Done ki pran jan an kont
theme-gender-data-desc = Ruta pa gen okenn pwen sou estatistik. Men pwen ki pale sou done pèsonèl fanm yo ak sou idantifikasyon yo.
theme-sdgs = Fanm ak Objektif Devlopman Dirab yo (ODD)
theme-sdgs-desc = Dwa ki mare ak egalite jan, sante, travay desan ak edikasyon. Se nou ki fè lyen ak ODD yo.
