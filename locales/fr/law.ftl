### Ruta — là où le droit s'applique (français). Utilisé par crates/engine/src/law.rs ; données dans
### content/treaties.toml et content/deadlines.toml. Chaque id doit exister dans toutes les langues.

## Statut d'un instrument dans un pays (sous une ligne de base juridique)

law-status-party = { $country } : État partie depuis { $year }
law-status-party-noyear = { $country } : État partie (année non confirmée)
law-status-signed = { $country } : signé mais pas ratifié — une norme internationale qu'il n'a pas acceptée
law-status-not-party = { $country } : pas partie — une norme internationale qu'il n'a pas acceptée
law-status-incorporated = { $country } : inscrite dans sa loi nationale
law-status-endorsed = { $country } : approuvée (un engagement, pas un traité contraignant)
law-status-not = { $country } : ne l'a pas approuvée — une norme internationale qu'il n'a pas acceptée
law-status-unconfirmed = { $country } : statut non confirmé
law-binds-where = S'impose à { $count } des { $total } pays : { $countries }
law-binds-nowhere = Ne s'impose comme loi à aucun des pays de Ruta
law-declaration-where = Un engagement, pas un traité contraignant. Accepté par { $count } des { $total } pays (approuvé ou inscrit dans la loi nationale) : { $countries }
law-only-unaccepted = { $country } : les normes internationales citées ici pour ce droit sont des normes que le pays n'a pas acceptées. D'autres lois, nationales ou internationales, peuvent quand même te protéger : demande à une avocate ou à une organisation d'aide.

## Asile : délai et où le demander

law-deadline-title = Délai pour demander l'asile
law-deadline-working-days = { $country } : tu as { $amount } jours ouvrables après ton entrée dans le pays pour demander le statut de réfugiée.
law-deadline-days = { $country } : tu as { $amount } jours après ton entrée dans le pays pour demander le statut de réfugiée.
law-deadline-months = { $country } : tu as { $amount } mois après ton entrée dans le pays pour demander le statut de réfugiée.
law-deadline-years = { $amount ->
    [one] { $country } : tu as un an après ton arrivée dans le pays pour demander l'asile.
   *[other] { $country } : tu as { $amount } ans après ton arrivée dans le pays pour demander l'asile.
}
law-deadline-late = Si le délai est passé, demande quand même et explique pourquoi tu n'as pas pu le faire avant.
law-deadline-unknown = { $country } : nous n'avons pas pu confirmer s'il existe un délai. Demande dès que possible.
# The disclosure under the time limit on the results screen (where to ask, border, detention, the date calculator).
law-deadline-more = Où demander, et ton dernier jour
law-authority-label = Où demander
law-authority-unknown = Nous n'avons pas pu confirmer quel bureau reçoit la demande.
law-border-yes = Tu peux demander à la frontière.
law-border-no = À la frontière, tu peux seulement dire que tu veux demander ; la demande se fait au bureau indiqué ci-dessus.
law-detention-yes = Tu peux demander même si tu es détenue.
law-detention-no = Une demande faite en détention n'est pas acceptée.
law-entry-label = Date de ton entrée (facultatif)
law-entry-privacy = Cette date reste seulement sur cet écran. Elle n'est ni enregistrée ni mise dans un lien.
law-entry-invalid = Cette date n'est pas valide. Écris-la année-mois-jour, par exemple 2026-11-30.
law-entry-future = Cette date est dans le futur. Écris le jour de ton entrée.
law-last-day = Dernier jour pour demander : { $date } au plus tard.
law-last-day-passed = Selon notre calcul, le délai a expiré le { $date }.
law-caveat-working-days = Les jours fériés ne sont pas comptés ici ; le vrai dernier jour peut donc être un peu plus tard. N'attends pas : demande le plus tôt possible.
law-caveat-calendar = Compté en jours de calendrier depuis ton entrée ; le bureau peut compter un jour autrement. N'attends pas : demande le plus tôt possible.
law-source-label = Source
law-read-official = lue sur la page officielle
law-read-official-copy = lue dans une copie du texte officiel
law-read-derived = lue dans un jeu de données tiré des pages officielles
law-read-secondary = lue dans une source secondaire, pas le texte officiel

## Comparer deux pays

law-compare-title = Comparer deux pays
law-compare-intro = Ce qui change en traversant : les normes internationales qui s'imposent à chaque pays, le délai pour demander une protection et les lignes d'urgence.
law-compare-first = Premier pays
law-compare-second = Deuxième pays
law-compare-instruments = Normes internationales : statut dans ce pays
law-compare-deadline = Demander une protection
law-compare-emergency = Lignes d'urgence
law-compare-pick = Choisis deux pays.
law-table-title = Où elle s'impose (tous les pays)

## Dates

law-date = { $day } { $month } { $year }
law-month-1 = janvier
law-month-2 = février
law-month-3 = mars
law-month-4 = avril
law-month-5 = mai
law-month-6 = juin
law-month-7 = juillet
law-month-8 = août
law-month-9 = septembre
law-month-10 = octobre
law-month-11 = novembre
law-month-12 = décembre

## Instruments (noms courts)

law-instrument-CEDAW = Convention sur l'élimination de la discrimination à l'égard des femmes (CEDAW)
law-instrument-OP-CEDAW = Protocole facultatif à la CEDAW
law-instrument-CRC = Convention relative aux droits de l'enfant
law-instrument-CAT = Convention contre la torture
law-instrument-ICCPR = Pacte international relatif aux droits civils et politiques
law-instrument-ICRMW = Convention sur les travailleurs migrants
law-instrument-BDP = Convention de Belém do Pará
law-instrument-RC51 = Convention de 1951 relative au statut des réfugiés
law-instrument-RP67 = Protocole de 1967 relatif au statut des réfugiés
law-instrument-CART = Déclaration de Carthagène sur les réfugiés
law-instrument-PP = Protocole de Palerme sur la traite des personnes
law-instrument-SOM = Protocole de Palerme contre le trafic illicite de migrants
law-instrument-C189 = Convention 189 de l'OIT sur les travailleuses domestiques
law-instrument-VCCR = Convention de Vienne sur les relations consulaires
law-instrument-GCM = Pacte mondial pour les migrations

## Bureaux qui reçoivent la demande d'asile

law-authority-BZ = Département des réfugiés (Refugees Department), Belmopan
law-authority-CA = À un point d'entrée (aéroport, port, poste frontalier) : l'Agence des services frontaliers du Canada (ASFC). Déjà au Canada : en ligne, sur le portail d'IRCC. La Commission de l'immigration et du statut de réfugié (CISR) décide.
law-authority-CR = Unité de refuge de la Direction générale des migrations (DGME)
law-authority-DO = Bureau national pour les réfugiés (ONR), à la Direction générale des migrations, Saint-Domingue
law-authority-SV = CODER (Commission de détermination du statut de réfugié), ou un agent des migrations (DGME) à la frontière
law-authority-GT = Département de reconnaissance du statut de réfugié (DRER) de l'Institut guatémaltèque des migrations, Guatemala, ou tout poste de contrôle migratoire
law-authority-HN = Institut national des migrations (INM), tout poste frontière de l'INM, ou le poste de la Police nationale le plus proche s'il n'y a pas de bureau de l'INM
law-authority-MX = COMAR (Commission mexicaine d'aide aux réfugiés), ou l'INM là où la COMAR n'a pas de bureau. Attention : l'INM est l'autorité de l'immigration et peut détenir et expulser.
law-authority-PA = ONPAR (Bureau national d'attention aux réfugiés), Ministère du Gouvernement
law-authority-US = Services de citoyenneté et d'immigration des États-Unis (USCIS), avec le formulaire I-589, si tu n'es pas en procédure d'expulsion ; le tribunal de l'immigration, si tu l'es
