### Ruta — messages de contenu (français).
### Les ids de message suivent les ids de content/*.toml (voir docs/CONTENT.md).
### Les textes -woman s'adressent à elle (tu, phrases courtes, mots courants) ; les -official sont pour
### les fonctionnaires et les services.
### Les noms des principes, approches et définitions sont les intitulés des Lignes directrices de la CRM ;
### chaque -gloss est NOTRE explication, jamais le texte des Lignes directrices.

## Phases

phase-origin = Origine
phase-origin-desc = Tu es encore dans ton pays, ou tu vas bientôt partir.
phase-transit = Transit
phase-transit-desc = Tu es en route, tu traverses d'autres pays ou des frontières.
phase-destination = Destination
phase-destination-desc = Tu es dans le pays où tu veux vivre, travailler ou demander une protection.
phase-return = Retour
phase-return-desc = Tu es revenue dans ton pays, ou on t'a renvoyée.

## Situations

situation-violence = Violence
situation-violence-hint = Quelqu'un t'a fait du mal, te menace ou a abusé de toi.
situation-trafficking = Tromperie ou exploitation (traite)
situation-trafficking-hint = Quelqu'un t'a trompée ou te force à travailler ou à avoir des relations sexuelles. Tu ne peux pas partir.
situation-pregnant = Grossesse ou allaitement
situation-pregnant-hint = Tu es enceinte ou tu allaites ton bébé.
situation-children = Je voyage avec mes enfants
situation-children-hint = Tes filles ou tes fils sont avec toi.
situation-unaccompanied = Fille ou adolescente seule
situation-unaccompanied-hint = Tu as moins de 18 ans et tu voyages sans ta mère, ton père ou un tuteur.
situation-asylum = J'ai besoin de protection (asile)
situation-asylum-hint = Tu as peur de retourner dans ton pays.
situation-no-documents = Sans papiers
situation-no-documents-hint = Tu n'as pas de permis ni de papiers pour être dans ce pays.
situation-detention = Détenue ou retenue
situation-detention-hint = La police ou l'immigration t'a arrêtée ou te garde dans un centre.
situation-work = Travail et abus au travail
situation-work-hint = Tu travailles ou tu cherches du travail, ou on ne te paie pas.
situation-health = Santé
situation-health-hint = Tu es malade, tu es blessée ou tu dois voir un médecin.
situation-disability = Handicap
situation-disability-hint = Tu as du mal à voir, à entendre, à bouger ou à comprendre.
situation-indigenous-language = Autochtone ou autre langue
situation-indigenous-language-hint = Tu es autochtone, ou tu ne parles pas bien la langue d'ici.
situation-lgbti = LGBTI
situation-lgbti-hint = Tu es lesbienne, bisexuelle, trans ou intersexe.
situation-returned = De retour ou expulsée
situation-returned-hint = Tu es revenue, on t'a expulsée ou on peut t'expulser.
situation-older = Femme âgée
situation-older-hint = Tu es âgée et tu as besoin d'une aide spéciale à cause de ton âge.

## Countries

country-BZ = Belize
country-CA = Canada
country-CR = Costa Rica
country-DO = République dominicaine
country-SV = El Salvador
country-GT = Guatemala
country-HN = Honduras
country-MX = Mexique
country-NI = Nicaragua
country-PA = Panama
country-US = États-Unis

## Principles (intitulés des Lignes directrices de la CRM ; les explications sont les nôtres)

principle-P1 = Égalité et non-discrimination à l'égard des femmes
principle-P1-gloss = Les femmes sont traitées de la même façon, quelle que soit leur nationalité, leur origine ou leur situation migratoire.
principle-P2 = Confidentialité
principle-P2-gloss = L'histoire et les données d'une femme sont protégées et ne sont partagées que si elle est d'accord.
principle-P3 = Non-revictimisation
principle-P3-gloss = Les services évitent de causer un nouveau mal, par exemple en lui faisant répéter son histoire ou en la culpabilisant.
principle-P4 = Non-refoulement
principle-P4-gloss = Personne n'est envoyée dans un lieu où sa vie, sa sécurité ou sa liberté est en danger.
principle-P5 = Responsabilité partagée
principle-P5-gloss = Les pays d'origine, de transit, de destination et de retour ont chacun leur part dans sa protection.
principle-P6 = Multiculturalité et diversité
principle-P6-gloss = Les services respectent la culture, la langue, l'identité et le mode de vie de chaque femme.
principle-P7 = Intérêt supérieur de l'enfant
principle-P7-gloss = Toute décision sur une fille ou un garçon place son bien-être en premier.
principle-P8 = Unité familiale
principle-P8-gloss = Les familles restent ensemble, ou reçoivent de l'aide pour se retrouver si elles ont été séparées.
principle-P9 = Présomption de minorité
principle-P9-gloss = En cas de doute sur l'âge d'une personne jeune, elle est traitée comme mineure jusqu'à ce que ce soit éclairci.
principle-P10 = Non-détention des filles, des garçons et des adolescents
principle-P10-gloss = On n'enferme pas les filles, les garçons ni les adolescents pour des raisons migratoires.

## Approaches (intitulés des Lignes directrices de la CRM ; les explications sont les nôtres)

approach-E1 = Approche fondée sur les droits humains
approach-E1-gloss = Les femmes migrantes ont des droits quelle que soit leur situation, et les États ont des obligations envers elles.
approach-E2 = Approche d'égalité de genre
approach-E2-gloss = Rechercher les inégalités de genre dans les lois et les services, et les corriger.
approach-E3 = Approche intergénérationnelle
approach-E3-gloss = Tenir compte des besoins des filles, des adolescentes, des femmes adultes et des femmes âgées.
approach-E4 = Approche intersectionnelle
approach-E4-gloss = Voir comment plusieurs discriminations s'ajoutent, comme l'origine ethnique, l'âge, le handicap ou la situation migratoire.
approach-E5 = Approche contextuelle
approach-E5-gloss = Adapter la réponse à la réalité locale et nationale.
approach-E6 = Approche interculturelle
approach-E6-gloss = Respecter la diversité des cultures et des langues, y compris celles des peuples autochtones.
approach-E7 = Approche transnationale
approach-E7-gloss = Reconnaître des vies et des familles réparties entre plusieurs pays, et coordonner l'action par-delà les frontières.
approach-E8 = Approche intersectorielle
approach-E8-gloss = La santé, la justice, l'immigration, les services sociaux et d'autres travaillent ensemble.
approach-E9 = Approche d'inclusion
approach-E9-gloss = Veiller à ce qu'aucun groupe de femmes ne reste en dehors des services.

## Definitions (intitulés du document de travail des Lignes directrices ; les explications sont les nôtres)

definition-D1 = Adolescent
definition-D1-gloss = Personne jeune à l'adolescence ; l'âge exact dépend de la loi de chaque pays.
definition-D2 = Prise en charge immédiate
definition-D2-gloss = Première aide pour l'urgent, comme la sécurité, la santé, l'hébergement et la nourriture, dès qu'elle est identifiée.
definition-D3 = Prise en charge intégrale
definition-D3-gloss = Soutien coordonné de santé, psychosocial, juridique, social et économique, qui prend en compte la personne tout entière.
definition-D4 = Détection
definition-D4-gloss = Le moment où le personnel se rend compte qu'une femme ou une fille a besoin de protection, par exemple à cause de violence ou de traite.
definition-D5 = Autonomisation
definition-D5-gloss = Processus par lequel les femmes gagnent en autonomie, en ressources et en pouvoir pour décider et exercer leurs droits.
definition-D6 = Moyens de subsistance durables
definition-D6-gloss = Compétences, ressources et activités qui donnent un revenu stable et résistent aux crises.
definition-D7 = Migration de retour
definition-D7-gloss = Revenir dans le pays d'origine, par choix ou de force.
definition-D8 = Migration forcée
definition-D8-gloss = Se déplacer sous la contrainte ou à cause d'une menace pour la vie ou les moyens de subsistance.
definition-D9 = Migrant
definition-D9-gloss = Personne qui quitte le lieu où elle vit habituellement.
definition-D10 = Femme migrante en situation irrégulière
definition-D10-gloss = Femme qui n'a pas l'autorisation, selon la loi du pays, d'entrer, de rester ou de travailler.
definition-D11 = Fille
definition-D11-gloss = Mineure qui n'a pas encore atteint l'adolescence.
definition-D12 = Filles et adolescentes migrantes accompagnées
definition-D12-gloss = Filles qui voyagent avec leur mère, leur père ou leur tuteur légal.
definition-D13 = Filles et adolescentes migrantes non accompagnées
definition-D13-gloss = Filles séparées de leur mère, de leur père et des autres membres de leur famille, sans adulte qui s'occupe d'elles.
definition-D14 = Filles et adolescentes migrantes séparées
definition-D14-gloss = Filles séparées de leur mère, de leur père ou de la personne qui s'occupe d'elles, même si elles sont peut-être avec d'autres membres de leur famille.
definition-D15 = Filles et adolescentes victimes de la traite des personnes
definition-D15-gloss = Filles recrutées, déplacées ou retenues pour être exploitées.
definition-D16 = Filles et adolescentes réfugiées
definition-D16-gloss = Filles reconnues comme réfugiées ou qui demandent cette protection.
definition-D17 = Filles et adolescentes de retour
definition-D17-gloss = Filles renvoyées ou qui reviennent dans leur pays d'origine.
definition-D18 = Pays d'origine
definition-D18-gloss = Le pays d'où vient une personne migrante.
definition-D19 = Pays de transit
definition-D19-gloss = Un pays que l'on traverse sur la route vers la destination.
definition-D20 = Pays de destination
definition-D20-gloss = Le pays où une personne migrante pense s'installer.
definition-D21 = Pays de retour
definition-D21-gloss = Le pays où une personne revient, presque toujours son pays d'origine.
definition-D22 = Protection
definition-D22-gloss = Mesures juridiques, physiques et psychosociales pour que ses droits soient respectés.
definition-D23 = Accueil
definition-D23-gloss = Les démarches d'arrivée et les premiers services pour les personnes qui reviennent.
definition-D24 = Réintégration
definition-D24-gloss = Se réinstaller sur les plans social, économique et émotionnel après le retour.
definition-D25 = Parcours critique de protection et d'assistance
definition-D25-gloss = Les étapes et les institutions par lesquelles passe une femme pour recevoir protection et aide (un circuit d'orientation).
definition-D26 = Violence à l'égard des femmes
definition-D26-gloss = Tout acte fondé sur le genre qui cause la mort ou un dommage physique, sexuel ou psychologique aux femmes, dans la vie publique ou privée.
definition-D27 = Violence basée sur le genre (VBG)
definition-D27-gloss = Violence qui naît des normes de genre ou qui vise quelqu'un à cause de son genre.

## Actors

actor-MIG = Autorité migratoire
actor-BOR = Personnel des frontières
actor-CON = Consulats
actor-HEA = Services de santé
actor-JUS = Justice et police
actor-WOM = Institut ou mécanisme national pour les femmes
actor-CHP = Protection de l'enfance
actor-LAB = Autorité du travail
actor-CSO = Société civile et centres d'accueil
actor-ORI-GOV = Autorités du pays d'origine
actor-REG = État civil
actor-SCH = Écoles
actor-ALL = Tous les services de première ligne

## Sources

source-SR19 = Rapporteur spécial de l'ONU sur les droits de l'homme des migrants, A/74/191 (2019)
source-SR41 = Rapporteur spécial de l'ONU sur les droits de l'homme des migrants, A/HRC/41/38 (2019)
source-SR73 = Rapporteur spécial de l'ONU sur les droits de l'homme des migrants, A/73/178/Rev.1 (2018)
source-SR38 = Rapporteur spécial de l'ONU sur les droits de l'homme des migrants, A/HRC/38/41 (2018)
source-SR75 = Rapporteur spécial de l'ONU sur les droits de l'homme des migrants, A/75/183 (2020)
source-SR79 = Rapport de l'ONU sur les enfants et les familles migrants, A/79/213 (2024)
source-SR72 = Rapporteur spécial de l'ONU sur les droits de l'homme des migrants, A/72/173 (2017)
source-SR71 = Rapporteur spécial de l'ONU sur les droits de l'homme des migrants, A/71/285 (2016)
source-SR76 = Rapporteur spécial de l'ONU sur les droits de l'homme des migrants, A/76/257 (2021)
source-GR26 = Recommandation générale n° 26 du Comité CEDEF/CEDAW (travailleuses migrantes, 2008)
source-GR32 = Recommandation générale n° 32 du Comité CEDEF/CEDAW (asile et nationalité, 2014)
source-GR35 = Recommandation générale n° 35 du Comité CEDEF/CEDAW (violence à l'égard des femmes fondée sur le genre, 2017)
source-GR38 = Recommandation générale n° 38 du Comité CEDEF/CEDAW (traite, 2020)
source-BDP = Convention de Belém do Pará (1994)
source-PP = Protocole de Palerme relatif à la traite des personnes (2000)
source-RC51 = Convention relative au statut des réfugiés (1951) et Protocole de 1967
source-CART = Déclaration de Carthagène sur les réfugiés (1984)
source-ICRMW = Convention internationale sur la protection des droits de tous les travailleurs migrants et des membres de leur famille (1990)
source-VCCR = Convention de Vienne sur les relations consulaires (1963)
source-CEDAW = Convention sur l'élimination de toutes les formes de discrimination à l'égard des femmes (CEDEF/CEDAW, 1979)
source-JGC3 = Observation générale conjointe n° 3 (CMW) / n° 22 (CRC) (2017)
source-JGC4 = Observation générale conjointe n° 4 (CMW) / n° 23 (CRC) (2017)
source-CRCv = Comité des droits de l'enfant, constatations sur la détermination de l'âge (2018–2019)
source-GC6 = Comité des droits de l'enfant, Observation générale n° 6 (2005)
source-CO = Comités de l'ONU, observations finales sur les pays de la CRM
source-OC18 = Cour interaméricaine des droits de l'homme, avis consultatif OC-18/03 (2003)
source-OC21 = Cour interaméricaine des droits de l'homme, avis consultatif OC-21/14 (2014)
source-IACHR19 = CIDH, Principes interaméricains sur les droits humains des migrants, rés. 04/19 (2019)
source-GCM = Pacte mondial pour des migrations sûres, ordonnées et régulières (2018)
source-UNW = Guide d'ONU Femmes pour appliquer le Pacte mondial en tenant compte du genre (2021)
source-GA64 = Assemblée générale des Nations Unies, résolution 64/139 (2009)
source-GA66 = Assemblée générale des Nations Unies, résolution 66/128 (2011)
source-GA72 = Assemblée générale des Nations Unies, résolution 72/149 (2017)
source-GA65 = Assemblée générale des Nations Unies, résolution 65/228 (2010)
source-GA71 = Assemblée générale des Nations Unies, résolution 71/177 (2016)
source-RCM-ID = CRM, lignes directrices pour l'identification et l'orientation des migrants en situation de vulnérabilité (2013)
source-RCM-NNA = CRM, lignes directrices pour la protection intégrale des enfants et adolescents migrants (2016)
source-MISP = Dispositif minimum d'urgence (DMU) en santé reproductive en situation de crise
source-Sphere = Manuel Sphère, norme sur la santé sexuelle et reproductive
source-CMR = OMS/HCR, Prise en charge clinique des victimes de viol (2001)
source-MSF = Médecins Sans Frontières (MSF), prise en charge après des violences sexuelles
source-MICIC = Lignes directrices de l'initiative MICIC (migrants dans les pays en crise)
source-GIP1 = HCR, Principes directeurs sur la protection internationale n° 1 (persécution liée au genre, 2002)
source-GIP9 = HCR, Principes directeurs sur la protection internationale n° 9 (orientation sexuelle et identité de genre, 2012)

## Rights

right-R01-title = Les mêmes droits, avec ou sans papiers
right-R01-woman = Selon les règles internationales, tes droits ne dépendent pas de tes papiers. Personne ne peut te traiter plus mal parce que tu es femme ou étrangère.
right-R01-official = Une femme migrante est titulaire de ses droits humains, quelle que soit sa situation migratoire. Les autorités et les services ne doivent pas la discriminer en raison de son sexe, de sa nationalité, de son origine ethnique ou de l'absence de documents.

right-R02-title = Demander l'asile
right-R02-woman = Tu crains pour ta vie dans ton pays ? Tu peux demander la protection d'un autre pays. Cela s'appelle l'asile. On la demande une fois sortie de son pays. Tu peux faire ta propre demande, même si tu voyages avec ta famille.
right-R02-official = La femme qui craint des persécutions ou une atteinte grave, y compris des persécutions liées au genre, peut demander la protection en tant que réfugiée et obtenir que sa demande soit examinée séparément de celle de sa famille. Lorsque le droit national reprend la définition régionale (Carthagène), la fuite devant la violence généralisée ou des violations massives des droits humains compte aussi.

right-R03-title = Ne pas être renvoyée vers le danger
right-R03-woman = Les règles internationales interdisent de t'envoyer là où on peut te tuer ou te blesser. D'abord, on doit regarder ton cas. Demande à un service de la liste des contacts comment ça marche dans ce pays.
right-R03-official = Selon les normes internationales, aucune femme ne peut être expulsée, refoulée à la frontière ou renvoyée vers un lieu où sa vie ou sa liberté est menacée, ou dans lequel elle risque la torture ou un autre préjudice irréparable. Chaque cas exige une évaluation individuelle ; les expulsions collectives sont interdites.

right-R04-title = Pas de punition pour avoir passé la frontière en fuyant
right-R04-woman = Tu as passé la frontière sans papiers pour fuir le danger ? Les règles internationales disent qu'on ne doit pas te punir pour ça. Pour cela, va vite voir les autorités et dis pourquoi tu as fui. Demande à un service de la liste des contacts comment ça marche dans ce pays.
right-R04-official = Selon les normes internationales, la réfugiée qui arrive directement d'un lieu de danger et se présente sans délai aux autorités ne doit pas être sanctionnée pour son entrée ou son séjour irréguliers. L'entrée irrégulière doit être traitée comme une infraction administrative, et non comme un délit.

right-R05-title = Une vie sans violence
right-R05-woman = Personne n'a le droit de te frapper, de te menacer ou d'abuser de toi. Ni ton partenaire, ni un passeur, ni un patron, ni un agent. Tu peux demander une protection.
right-R05-official = Elle a droit à une protection contre la violence physique, sexuelle et psychologique, qu'elle vienne de son partenaire, de particuliers ou d'agents de l'État. Les États doivent tenir particulièrement compte du risque accru que courent les femmes migrantes, réfugiées et déplacées.

right-R06-title = Porter plainte et avoir une aide juridique
right-R06-woman = Tu peux porter plainte pour violence, vol ou abus, même sans papiers. Tu peux demander un avocat et un interprète. Avant de donner tes informations, demande si on les donne à l'immigration.
right-R06-official = Elle peut dénoncer des infractions et des abus, bénéficier d'une assistance juridique et d'une interprétation, et saisir les tribunaux et les mécanismes de plainte, quelle que soit sa situation migratoire. La police, les tribunaux et les services d'aide aux victimes ne devraient pas transmettre ses données aux autorités de contrôle migratoire.

right-R07-title = De l'aide si tu es victime de traite
right-R07-woman = Quelqu'un t'a trompée ou t'a obligée à travailler ou à avoir des relations sexuelles ? Tu peux demander de l'aide. Tu peux demander un lieu sûr, des soins médicaux et des conseils. Les règles internationales disent que l'aide ne doit pas dépendre d'une plainte.
right-R07-official = Selon les normes internationales, s'il existe des motifs raisonnables de croire qu'elle est victime de traite, elle doit recevoir immédiatement assistance et protection. L'aide ne peut dépendre ni de sa situation migratoire, ni du fait que l'auteur soit retrouvé, ni de sa collaboration avec l'accusation.

right-R08-title = Soins médicaux d'urgence
right-R08-woman = En cas d'urgence, va dans un service de santé, même sans papiers. Selon les règles internationales, l'absence de papiers ne justifie pas un refus de soins urgents. Demande à un service de la liste des contacts comment ça marche dans ce pays.
right-R08-official = Selon les normes internationales, les soins médicaux urgents nécessaires pour préserver sa vie ou éviter un préjudice irréparable ne peuvent être refusés en raison d'un séjour ou d'un emploi irréguliers. Elle ne doit pas être discriminée en raison d'une grossesse ou d'un accouchement.

right-R09-title = Santé sexuelle, grossesse et accouchement
right-R09-woman = Tu peux demander des soins pour la grossesse et l'accouchement, des moyens pour ne pas tomber enceinte et des tests du VIH. Après un viol, va vite dans un service de santé. Certains médicaments marchent seulement dans les 3 à 5 premiers jours.
right-R09-official = Elle doit avoir accès aux services de santé sexuelle et reproductive, y compris la planification familiale, le suivi prénatal, l'accouchement et le post-partum, la prévention et le traitement du VIH et des autres IST, et la prise en charge clinique après des violences sexuelles, dans les pays de transit et de destination et sans conséquences migratoires.

right-R10-title = Tes informations sont privées
right-R10-woman = Ce que tu racontes dans un service de santé, un centre d'accueil ou un service d'aide aux victimes doit rester privé. Tu peux demander qui va le voir.
right-R10-official = Selon les normes internationales, son identité, son récit et ses données personnelles doivent rester confidentiels. Les informations recueillies par les services de santé, d'éducation, d'hébergement ou d'aide aux victimes ne devraient pas servir au contrôle migratoire.

right-R11-title = Des informations dans ta langue
right-R11-woman = Tu as le droit de comprendre ce qui se passe. Tu peux demander un interprète qui parle ta langue. Ne signe rien que tu ne comprends pas.
right-R11-official = Les procédures, les décisions et ses droits doivent lui être expliqués dans une langue qu'elle comprend, avec des interprètes qualifiés si nécessaire, y compris pour les langues autochtones, et dans des formats accessibles.

right-R12-title = L'aide de ton consulat
right-R12-woman = Le consulat de ton pays peut t'aider pour les papiers, les problèmes avec la justice, une arrestation ou le retour. Si on t'arrête, tu peux demander qu'on prévienne ton consulat. On le fait seulement si tu le veux.
right-R12-official = Elle peut demander protection et assistance à son consulat, surtout si ses droits sont violés, si elle est détenue ou avant une expulsion. Si elle est arrêtée, elle doit être informée sans délai qu'elle peut demander que son consulat soit prévenu ; il n'est prévenu que si elle le demande, ce qui compte si elle craint son propre État.

right-R13-title = La détention seulement en dernier recours
right-R13-woman = Selon les règles internationales, enfermer quelqu'un faute de papiers doit être le dernier recours. Si on t'arrête, tu peux demander pourquoi. Tu peux demander un avocat, un interprète, ton consulat et l'asile. Tu peux demander à être séparée des hommes que tu ne connais pas.
right-R13-official = Selon les normes internationales, la détention migratoire doit être une mesure de dernier recours : légale, nécessaire, proportionnée, décidée au cas par cas et aussi courte que possible, les alternatives sans privation de liberté étant préférées. Si elle est détenue, elle doit être séparée des hommes qui ne sont pas de sa famille, bénéficier de conditions d'hygiène et de soins adaptés à son genre et avoir accès à un avocat, à un interprète, à son consulat, à la procédure d'asile et à un contrôle indépendant.

right-R14-title = Ne pas enfermer les enfants
right-R14-woman = Les règles internationales disent qu'on ne doit pas enfermer les enfants pour l'immigration. Tu peux demander à rester avec tes enfants dans un lieu sûr, pas une cellule.
right-R14-official = Selon les normes internationales, les filles, les garçons et les adolescents, seuls ou avec leur famille, ne doivent pas être placés en détention migratoire, et l'unité familiale ne justifie pas leur détention. Les familles doivent rester ensemble dans des solutions communautaires sans privation de liberté pendant l'examen de leur dossier.

right-R15-title = D'abord le bien-être des enfants
right-R15-woman = Les règles internationales disent que, pour les enfants, leur bien-être passe d'abord. Si tu dis avoir moins de 18 ans, on devrait te traiter en mineure. Et cela jusqu'à une vérification juste de ton âge. Tu peux contester le résultat.
right-R15-official = Selon les normes internationales, dans toute décision concernant une fille ou un garçon, y compris le placement, la procédure et le retour, son intérêt supérieur est une considération primordiale évaluée au cas par cas ; les objectifs de contrôle migratoire ne peuvent pas prévaloir. Celle qui dit être mineure est traitée comme telle, avec le bénéfice du doute, jusqu'à une évaluation globale de l'âge qu'elle peut contester.

right-R16-title = Être avec ta famille
right-R16-woman = Tu as le droit d'être avec tes enfants. Tu as perdu le contact avec ta famille ? Tu peux demander de l'aide pour la retrouver et être de nouveau ensemble.
right-R16-official = Les autorités doivent éviter de la séparer de ses enfants ou de sa famille, aider à localiser et à réunir les personnes séparées et supprimer les obstacles injustifiés au regroupement familial.

right-R17-title = Des droits au travail, avec ou sans papiers
right-R17-woman = Les règles internationales disent que tout travail doit être payé, même sans permis. Aucun patron ne peut garder ton passeport. Tu peux réclamer ce qu'on te doit, même depuis ton pays. Demande à un service de la liste des contacts comment ça marche dans ce pays.
right-R17-official = Selon les normes internationales, en tant que travailleuse, elle a droit à un salaire et à des conditions non moins favorables que ceux des nationaux, et sa situation irrégulière ne libère pas l'employeur de ses obligations. Les salaires dus restent exigibles après l'expulsion, et seuls des fonctionnaires habilités, jamais des employeurs, peuvent retenir des documents d'identité.

right-R18-title = Papiers et déclaration de naissance
right-R18-woman = Tu peux déclarer la naissance de ton bébé là où il naît. Les règles internationales disent que cela ne doit pas dépendre de tes papiers. À l'étranger, ton consulat peut aussi t'aider pour les papiers.
right-R18-official = Tout enfant a droit à un nom, à l'enregistrement de sa naissance et à une nationalité, quelle que soit la situation de ses parents, et les femmes ont le même droit de transmettre leur nationalité. Son pays d'origine doit délivrer les documents d'identité et de voyage dont elle a besoin.

right-R19-title = École et services de base
right-R19-woman = Les règles internationales disent que tes enfants peuvent aller à l'école, même sans papiers. Tu devrais pouvoir utiliser les services de santé et de base sans peur. Demande à un service de la liste des contacts comment ça marche dans ce pays.
right-R19-official = Ses filles et ses fils ont droit à l'éducation dans des conditions d'égalité, quelle que soit leur situation ou la sienne. Elle doit avoir un accès sûr aux services de base comme la santé, le logement et la protection sociale, sans contrôles migratoires qui la dissuadent d'y recourir.

right-R20-title = Un retour sûr et de l'aide à l'arrivée
right-R20-woman = Si tu rentres ou si on te renvoie, on devrait te traiter avec dignité. À l'arrivée, tu peux demander de l'aide. Par exemple : des soins, un soutien moral, des conseils sur la loi et de l'aide pour travailler ou étudier.
right-R20-official = Elle peut toujours entrer et rester dans son propre pays. Tout retour doit être sûr, digne et de préférence volontaire, fondé sur une évaluation individuelle et tenir compte des procédures en cours ; à son retour, elle doit recevoir un soutien à la réintégration selon ses besoins.

right-R21-title = De l'aide après la violence ou la traite
right-R21-woman = Tu as été victime de violence ou de traite ? Tu peux demander un lieu sûr pour rester. Tu peux aussi demander à voir un médecin, à parler avec quelqu'un, des conseils sur la loi et de l'aide pour manger.
right-R21-official = Une survivante de violence ou de traite doit avoir accès à un hébergement sûr, à une orientation dans sa langue, à des soins médicaux et psychologiques, à une assistance juridique et consulaire et à un soutien matériel, avec une approche de genre et de façon adaptée à sa culture et à sa langue.

right-R22-title = Un permis qui ne dépend pas de ton agresseur
right-R22-woman = Ton permis dépend d'un partenaire ou d'un patron qui te maltraite ? Demande si tu peux avoir ton propre permis. Les victimes de traite ou de violence peuvent parfois rester de façon légale.
right-R22-official = La femme dont le droit de séjour dépend d'un conjoint ou d'un employeur violent doit pouvoir demander un titre de séjour propre. Les victimes de traite peuvent obtenir l'autorisation de rester à titre temporaire ou permanent, et il peut exister des voies de régularisation pour les survivantes de violence fondée sur le genre et d'exploitation.

right-R23-title = Des informations sur tes droits
right-R23-woman = Tu peux demander des informations claires sur tes droits, les dangers du voyage et où trouver de l'aide. Demande avant de partir, en route et à l'arrivée.
right-R23-official = Avant le départ, en transit et à l'arrivée, elle doit recevoir des informations exactes sur les voies de migration régulières, les risques comme la violence fondée sur le genre et la traite, ses droits, les lieux où demander de l'aide, les numéros d'urgence et les procédures qui s'appliquent à elle.

right-R24-title = Femmes LGBTI : sécurité et respect
right-R24-woman = Tu as les mêmes droits que tout le monde. Tu es en danger pour qui tu aimes ou qui tu es ? Tu peux demander l'asile. Dans un foyer, tu peux demander un lieu sûr qui respecte ton identité de genre.
right-R24-official = Les femmes lesbiennes, bisexuelles, trans et intersexes subissent des discriminations croisées. Leurs demandes d'asile doivent être évaluées de manière adéquate et, en accueil ou en détention, elles doivent être placées selon leur identité de genre et protégées contre les abus.

right-R25-title = Une procédure juste avant de t'expulser
right-R25-woman = Les règles internationales interdisent d'expulser des gens en groupe sans regarder chaque cas. Tu peux demander la décision par écrit et dans ta langue. Tu peux demander qu'on la revoie.
right-R25-official = Selon les normes internationales, l'expulsion doit être décidée au cas par cas par une autorité compétente conformément à la loi, être communiquée avec ses motifs dans une langue qu'elle comprend et pouvoir faire l'objet d'un recours. L'expulsion collective est interdite.

right-R26-title = Libre de quitter ton pays
right-R26-woman = Tu as le droit de quitter ton pays. Selon les règles internationales, tu n'as pas besoin de la permission d'un homme pour partir. Personne ne devrait t'obliger à faire un test de grossesse ou du VIH pour partir.
right-R26-official = Elle est libre de quitter tout pays, y compris le sien. Les interdictions fondées sur le sexe, l'exigence d'une autorisation masculine et les tests obligatoires de grossesse ou de VIH sont discriminatoires envers les femmes et les poussent vers des routes plus dangereuses.

right-R27-title = Le respect, et ne pas répéter ton histoire
right-R27-woman = C'est toi qui décides quoi faire. Tu ne devrais pas avoir à raconter ton histoire encore et encore. Tu peux demander une pause, une femme pour t'aider, ou quelqu'un pour venir avec toi.
right-R27-official = Elle doit être traitée avec dignité, comme titulaire de droits dont les décisions sont respectées, sans revivre le traumatisme à cause de procédures répétées ou hostiles. Le soutien ne peut pas dépendre de sa participation à une procédure.

right-R28-title = Une aide adaptée à tes besoins
right-R28-woman = Tu es enceinte ou âgée ? Tu as un handicap ou tu parles une langue autochtone ? Tu peux demander une aide faite pour toi.
right-R28-official = Une attention particulière doit être accordée aux femmes enceintes, handicapées, âgées, autochtones ou issues de minorités ethniques, aux filles et aux femmes privées de liberté. Les services et l'information doivent leur être accessibles.

## Actions

action-A01-title = Détecter les risques dès le premier contact
action-A01-official = Dès le premier contact, le personnel recherche des signes de violence, de traite, d'enfants non accompagnés, de besoin de protection, de grossesse ou de handicap, à l'aide d'indicateurs connus et sans exiger de preuves solides.
action-A01-woman = Tu peux dire si tu es en danger, si tu es blessée ou si tu vas avoir un bébé. On doit t'écouter et t'emmener vers quelqu'un qui peut t'aider.

action-A02-title = Orienter vers le bon service
action-A02-official = Chaque cas est orienté vers le service compétent au moyen d'un mécanisme ou d'un protocole d'orientation tenant compte du genre et adapté aux enfants, et fait l'objet d'un suivi.
action-A02-woman = Tu peux demander qu'on t'envoie au service qui peut t'aider. Demande un nom, une adresse ou un numéro de téléphone.

action-A03-title = Des femmes fonctionnaires aux frontières et dans les centres
action-A03-official = Des femmes fonctionnaires et agentes sont recrutées et affectées aux frontières, aux points d'accueil et dans les lieux de détention.
action-A03-woman = Tu peux demander à parler à une femme qui travaille dans le service.

action-A04-title = Entretien seule et demande personnelle
action-A04-official = Elle est entendue en privé, à l'écart de ses proches ou accompagnateurs masculins, et on lui propose une femme pour mener l'entretien et une interprète femme ; elle peut déposer sa propre demande d'asile.
action-A04-woman = Tu peux demander à parler seule, sans ton partenaire ni ta famille. Tu peux demander qu'une femme te pose les questions, avec une interprète femme. Tu peux faire ta propre demande d'asile.

action-A05-title = Un interprète et des informations claires
action-A05-official = Une interprétation qualifiée et des informations sont fournies dans une langue et un format qu'elle comprend, y compris les langues autochtones, des formats pour les personnes peu alphabétisées et des formats accessibles aux personnes handicapées.
action-A05-woman = Tu peux demander un interprète dans ta langue, même dans une langue autochtone. Tu peux demander qu'on t'explique avec des mots simples, ou à voix haute si tu ne lis pas.

action-A06-title = Protection immédiate et hébergement
action-A06-official = Une protection immédiate est assurée : évaluation de la sécurité et des risques, hébergement d'urgence, nourriture, vêtements et premiers soins médicaux et psychosociaux.
action-A06-woman = Si tu es en danger, tu peux demander un lieu sûr pour dormir, à manger et des vêtements. Tu peux aussi demander les premiers soins et quelqu'un à qui parler.

action-A07-title = Soins médicaux après un viol
action-A07-official = Les soins cliniques après un viol sont dispensés le plus tôt possible : prophylaxie post-exposition au VIH dans les 72 heures (traitement de 28 jours), contraception d'urgence dans les 5 jours (120 heures), prévention ou traitement des IST, vaccination contre l'hépatite B (première dose dans les 3 mois) et contre le tétanos selon le cas, soin des plaies et premiers secours psychologiques. Les soins ne devraient pas dépendre d'une plainte à la police.
action-A07-woman = Après un viol, va dans un service de santé le plus vite possible. Le médicament contre le VIH marche seulement dans les 3 premiers jours. La pilule pour ne pas tomber enceinte marche jusqu'à 5 jours. Les guides internationaux disent que les soins ne doivent pas attendre une plainte.

action-A08-title = Soins pendant la grossesse et santé sexuelle
action-A08-official = Des soins de santé maternelle et de santé sexuelle et reproductive sont fournis quelle que soit la situation migratoire : suivi prénatal et postnatal, orientation 24 heures par jour vers les soins obstétricaux et néonatals d'urgence, trousses d'accouchement hygiénique pour les femmes visiblement enceintes en transit, contraception et services VIH et IST.
action-A08-woman = Tu peux demander à voir un médecin pendant la grossesse et après l'accouchement, même sans papiers. Tu es enceinte et en route ? Tu peux demander un kit propre pour accoucher. Tu peux aussi demander des moyens pour ne pas tomber enceinte et des tests du VIH.

action-A09-title = Pas de contrôle migratoire dans les services
action-A09-official = Les services de santé, d'éducation, d'hébergement, d'aide aux victimes et de justice ne posent pas de questions sur la situation migratoire et ne la signalent pas, et ils protègent les données personnelles (pare-feu).
action-A09-woman = Avant de donner tes informations, tu peux demander si le service les donne à l'immigration. Selon les règles internationales, santé, écoles et foyers ne devraient pas te dénoncer.

action-A10-title = Prendre en charge comme victime possible de traite
action-A10-official = La personne est traitée comme victime de traite lorsqu'il existe des motifs raisonnables : elle est assistée indépendamment de sa collaboration, de sa situation migratoire ou de la procédure pénale, son identité est protégée et on lui propose un rétablissement et des possibilités de rester.
action-A10-woman = Si quelqu'un t'exploite, tu peux demander de l'aide, même si tu ne portes pas plainte. On devrait garder ton nom secret. Tu peux demander comment rester dans le pays.

action-A11-title = Informer et enregistrer la demande d'asile
action-A11-official = Elle est informée de son droit de demander l'asile, sa demande est enregistrée et transmise, et la persécution liée au genre est évaluée (ainsi que les motifs de la définition régionale lorsque le droit national les inclut).
action-A11-woman = Tu peux dire à n'importe quel agent de la frontière ou de l'immigration que tu veux demander l'asile. Les règles internationales disent qu'ils doivent noter ta demande et l'envoyer. La violence contre toi parce que tu es une femme peut être une raison pour avoir l'asile.

action-A12-title = Examiner les risques avant un retour
action-A12-official = Selon les normes internationales, avant tout retour, une évaluation individuelle des risques est réalisée, y compris des risques propres au genre comme la violence sexuelle, la violence domestique et une nouvelle traite, dans le respect des garanties procédurales et avec un recours effectif ; sans expulsions collectives.
action-A12-woman = Avant qu'on te renvoie, tu peux dire quels dangers t'attendent. Les règles internationales disent qu'on doit regarder ton cas. Tu peux demander qu'on revoie la décision. Demande à un service de la liste des contacts comment ça marche dans ce pays.

action-A13-title = Alternatives à la détention et conditions sûres
action-A13-official = Des alternatives sans privation de liberté sont utilisées. Si la détention est inévitable, elle est une mesure de dernier recours et dure le moins longtemps possible, avec séparation d'avec les hommes qui ne sont pas de sa famille, eau, assainissement, hygiène et santé reproductive adaptés à son genre, accès à un avocat, à un interprète, au consulat, à l'asile et à un contrôle indépendant, et respect de l'identité de genre.
action-A13-woman = Si on t'arrête, tu peux demander à être loin des hommes que tu ne connais pas. Tu peux demander des serviettes hygiéniques (pour les règles), de l'eau propre et un médecin. Tu peux demander un avocat, ton consulat ou l'asile.

action-A14-title = Ne pas détenir les enfants
action-A14-official = Selon les normes internationales, les filles, les garçons et les adolescents ne sont jamais détenus pour des motifs migratoires, ni seuls ni avec leur famille ; les familles sont placées dans des solutions communautaires sans privation de liberté, sous la conduite des services de protection de l'enfance.
action-A14-woman = On ne devrait pas enfermer tes enfants. Tu peux demander à rester avec eux dans un lieu sûr, comme un centre d'accueil.

action-A15-title = Intérêt supérieur et tuteur
action-A15-official = Avant de décider du placement ou du retour, l'intérêt supérieur est évalué ou déterminé ; un tuteur et un représentant légal sont désignés pour les enfants non accompagnés ou séparés dès leur identification, et l'enfant est entendu.
action-A15-woman = Tu as moins de 18 ans et tu es seule ? Tu peux demander un adulte qui t'aide et qui parle pour toi, et un avocat. Les règles internationales disent qu'on doit t'écouter avant de décider où tu vas.

action-A16-title = Une vérification juste de l'âge
action-A16-official = Selon les normes internationales, l'âge n'est évalué qu'en cas de doute, de manière globale et pluridisciplinaire, en tenant compte du genre et de la culture ; la personne bénéficie du doute, est traitée comme mineure entre-temps et peut faire appel.
action-A16-woman = Les règles internationales te protègent si on doute de ton âge. Pendant la vérification, on devrait te traiter comme une mineure. Elle doit se faire avec respect. Tu peux contester le résultat.

action-A17-title = Informer du droit de prévenir le consulat
action-A17-official = Lors de son arrestation ou de sa détention, elle est informée sans délai qu'elle peut demander que son consulat soit prévenu ; le consulat n'est prévenu que si elle le demande, et ses communications lui sont transmises.
action-A17-woman = Si on t'arrête, on devrait te dire que tu peux prévenir ton consulat. On prévient le consulat seulement si tu le veux.

action-A18-title = Aide consulaire pour les femmes en danger
action-A18-official = Les consulats identifient et assistent leurs ressortissants en situation de vulnérabilité (violence fondée sur le genre, traite, exploitation au travail, infractions) avec un personnel formé aux questions de genre et des lignes d'assistance, délivrent des documents d'identité et de voyage et enregistrent les naissances à l'étranger.
action-A18-woman = Ton consulat peut t'aider si tu es victime de violence, d'abus au travail ou d'un crime. Il peut te donner des papiers et enregistrer la naissance de ton bébé. Tu peux appeler ou y aller.

action-A19-title = Plaintes, aide juridique et mesures de protection
action-A19-official = Les plaintes sont reçues quelle que soit la situation migratoire ; une assistance juridique, une interprétation, des ordonnances de protection et un soutien à la victime sont fournis tout au long de la procédure, et elle n'est pas sanctionnée si elle décide de ne pas y participer.
action-A19-woman = Tu peux porter plainte, même si tu n'as pas de papiers. Tu peux demander une aide juridique et un interprète. Tu peux aussi demander une mesure pour que l'agresseur reste loin de toi.

action-A20-title = Protection au travail et salaires impayés
action-A20-official = L'inspection du travail vise les employeurs qui exploitent, et non les travailleuses ; les travailleuses domestiques disposent de voies de plainte accessibles ; les salaires peuvent aussi être réclamés après le retour ; il est mis fin à la confiscation des passeports.
action-A20-woman = Tu peux te plaindre des abus au travail, même si tu travailles dans une maison. Tu peux réclamer les salaires qu'on ne t'a pas payés, même après ton retour. Les règles internationales disent que ton patron ne peut pas garder ton passeport.

action-A21-title = Informations avant le départ
action-A21-official = Avant le départ, les services du pays d'origine informent sur les droits, les voies régulières, les risques de violence fondée sur le genre et de traite, les numéros d'urgence et la façon de contacter les consulats.
action-A21-woman = Avant de partir, demande comment voyager sans danger. Pose des questions sur les risques, tes droits et où demander de l'aide. Demande les numéros de ton consulat et des urgences.

action-A22-title = Supprimer les règles de sortie injustes et surveiller les agences de recrutement
action-A22-official = Les pays d'origine suppriment les règles de sortie discriminatoires (permission d'un homme, interdictions fondées sur le sexe, tests obligatoires de grossesse ou de VIH) et réglementent et surveillent les agences de recrutement.
action-A22-woman = Tu ne devrais pas avoir besoin de la permission d'un homme, ni d'un test de grossesse ou du VIH, pour partir. Les agences d'emploi doivent être surveillées.

action-A23-title = Déclaration de naissance et papiers
action-A23-official = Toute naissance est enregistrée quelle que soit la situation des parents ; des documents d'identité sont délivrés ; un enregistrement mobile est proposé dans les zones frontalières et les consulats enregistrent leurs ressortissants.
action-A23-woman = Tu peux déclarer la naissance de ton bébé, même si tu n'as pas de papiers. À l'étranger, ton consulat peut aussi te donner des papiers.

action-A24-title = Un retour sûr et préparé
action-A24-official = Le retour est organisé comme un processus individuel, sûr, digne et de préférence volontaire, qui tient compte des procédures en cours : des documents de voyage sont délivrés, elle est préparée avant le départ et remise aux services d'accueil (services de protection de l'enfance pour les enfants).
action-A24-woman = Si on te renvoie, tu peux demander quand et comment ça va se passer. Tu peux demander des papiers de voyage. Tu peux demander qu'un service d'aide t'accueille à l'arrivée.

action-A25-title = Accueil et un plan pour recommencer
action-A25-official = Au retour, les autorités du pays d'origine et leurs partenaires assurent l'accueil et un plan individuel de réintégration (hébergement, soins médicaux et psychosociaux, y compris en santé sexuelle et reproductive, services en cas de violence fondée sur le genre, aide juridique, éducation, formation, moyens de subsistance, conseil familial), luttent contre la stigmatisation et la protègent de ceux qui l'ont fait fuir.
action-A25-woman = À ton retour, tu peux demander un endroit où rester, des soins et quelqu'un à qui parler. Tu peux demander de l'aide pour les papiers, les études, une formation ou un travail. Si tu as peur de quelqu'un, dis-le-leur.

action-A26-title = Garder les familles unies et les réunir
action-A26-official = Les familles restent ensemble ; les personnes séparées sont recherchées et réunies dans l'intérêt supérieur de l'enfant, et les démarches de regroupement familial sont facilitées.
action-A26-woman = Tu peux demander qu'on ne te sépare pas de tes enfants. Si tu les as perdus, tu peux demander de l'aide pour les retrouver.

action-A27-title = Former le personnel de première ligne
action-A27-official = Le personnel de première ligne est formé à l'identification, à l'entretien et à l'orientation avec une approche de genre, adaptée aux enfants et tenant compte des traumatismes, y compris aux indicateurs de vulnérabilité.
action-A27-woman = Les personnes qui s'occupent de toi devraient savoir voir le danger et te traiter avec soin.

action-A28-title = Titre de séjour propre, maintien et régularisation
action-A28-official = Un titre de séjour indépendant d'un conjoint ou d'un employeur violent, des possibilités de rester pour les victimes de traite et des voies de régularisation pour les survivantes sont accordés ou facilités.
action-A28-woman = Tu peux demander à l'immigration si tu peux avoir ton propre permis. Demande s'il y a des moyens de rester pour les victimes de violence ou de traite.

action-A29-title = Des services adaptés à chaque femme
action-A29-official = Les services s'adaptent aux besoins qui se croisent : accessibilité en cas de handicap, grand âge, identité et langue autochtones, et sécurité pour les femmes LGBTI.
action-A29-woman = Tu peux demander une aide faite pour toi. Par exemple : l'accès si tu as un handicap, ta propre langue, ou un lieu sûr si tu es LGBTI.

action-A30-title = Un travail centré sur la survivante
action-A30-official = Le personnel travaille de façon centrée sur la survivante : consentement éclairé, pas d'entretiens répétés, informations partagées seulement avec son consentement et respect de ses décisions.
action-A30-woman = On ne devrait rien faire sans ton accord. Tu ne devrais pas avoir à raconter ton histoire plusieurs fois. Tes informations devraient être partagées seulement si tu es d'accord.

## Avertissements qui accompagnent un conseil risqué (content/advice.toml)

warning-consulate-title = Ton consulat : seulement si tu te sens en sécurité
warning-consulate-woman = Ne contacte pas ton consulat si tu as peur de ton propre gouvernement. Si tu es détenue, ton consulat est prévenu seulement si tu le demandes. Tu peux demander l'asile sans passer par ton consulat.
warning-consulate-official = Elle a coché asile ou LGBTI. Ne contactez son consulat que si elle le demande : elle peut craindre son propre État. En cas d'arrestation ou de détention, son consulat n'est informé qu'à sa demande (CVRC art. 36(1)(b)).

## Statut d'une base : le numéro de paragraphe n'a jamais été vérifié dans la source

basis-unchecked = paragraphe non vérifié
