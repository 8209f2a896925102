### Ruta — content messages (English).
### Message ids follow the data ids in content/*.toml (see docs/CONTENT.md).
### -woman texts speak to her (plain, short, "you"); -official texts are for officials and services.
### Principle, approach and definition names are the RCM Guidelines' headwords (translated);
### every -gloss is OUR explanation, never the Guidelines' wording.

## Phases

phase-origin = Origin
phase-origin-desc = You are still in your country, or about to leave.
phase-transit = Transit
phase-transit-desc = You are on the way, crossing other countries or borders.
phase-destination = Destination
phase-destination-desc = You are in the country where you want to live, work or ask for protection.
phase-return = Return
phase-return-desc = You went back to your country, or were sent back.

## Situations

situation-violence = Violence
situation-violence-hint = Someone hurt you, threatens you or abused you.
situation-trafficking = Deceit or exploitation (trafficking)
situation-trafficking-hint = Someone tricked you or forces you to work or have sex, and you cannot leave.
situation-pregnant = Pregnancy or breastfeeding
situation-pregnant-hint = You are pregnant, or you breastfeed your baby.
situation-children = Travelling with my children
situation-children-hint = Your sons or daughters are with you.
situation-unaccompanied = Girl or teenager on her own
situation-unaccompanied-hint = You are under 18 and you travel without your parents or a guardian.
situation-asylum = I need protection (asylum)
situation-asylum-hint = You are afraid to go back to your country.
situation-no-documents = No papers
situation-no-documents-hint = You have no permit or documents to be in this country.
situation-detention = Detained or held
situation-detention-hint = Police or migration officers stopped you or keep you in a centre.
situation-work = Work and abuse at work
situation-work-hint = You work or look for work, or you are not paid.
situation-health = Health
situation-health-hint = You are sick or hurt, or you need a doctor.
situation-disability = Disability
situation-disability-hint = It is hard for you to see, hear, move or understand.
situation-indigenous-language = Indigenous or another language
situation-indigenous-language-hint = You are Indigenous, or you do not speak the language here well.
situation-lgbti = LGBTI
situation-lgbti-hint = You are lesbian, bisexual, trans or intersex.
situation-returned = Returned or deported
situation-returned-hint = You came back, were deported, or may be deported.
situation-older = Older woman
situation-older-hint = You are older and need special support because of your age.

## Countries

country-BZ = Belize
country-CA = Canada
country-CR = Costa Rica
country-DO = Dominican Republic
country-SV = El Salvador
country-GT = Guatemala
country-HN = Honduras
country-MX = Mexico
country-NI = Nicaragua
country-PA = Panama
country-US = United States

## Principles (headwords of the RCM Guidelines, translated; glosses are ours)

principle-P1 = Equality and non-discrimination against women
principle-P1-gloss = Women must be treated equally, whatever their nationality, origin or migration status.
principle-P2 = Confidentiality
principle-P2-gloss = A woman's story and personal data are protected and shared only with her consent.
principle-P3 = Non-revictimization
principle-P3-gloss = Services avoid causing new harm, such as making her repeat her story or blaming her.
principle-P4 = Non-refoulement
principle-P4-gloss = No one is sent back to a place where her life, safety or freedom is at risk.
principle-P5 = Shared responsibility
principle-P5-gloss = Countries of origin, transit, destination and return each have a part in protecting her.
principle-P6 = Multiculturalism and diversity
principle-P6-gloss = Services respect each woman's culture, language, identity and way of life.
principle-P7 = Best interests of the child
principle-P7-gloss = Every decision about a girl or boy puts the child's well-being first.
principle-P8 = Family unity
principle-P8-gloss = Families are kept together, or helped to reunite when they are separated.
principle-P9 = Presumption of minority
principle-P9-gloss = If a young person's age is in doubt, she is treated as a child until it is clarified.
principle-P10 = No detention of children and adolescents
principle-P10-gloss = Children and adolescents are not locked up for migration reasons.

## Approaches (headwords of the RCM Guidelines, translated; glosses are ours)

approach-E1 = Human rights approach
approach-E1-gloss = Migrant women hold rights whatever their status, and States have duties towards them.
approach-E2 = Gender equality approach
approach-E2-gloss = Look for gender inequalities in laws and services, and correct them.
approach-E3 = Intergenerational approach
approach-E3-gloss = Consider the different needs of girls, adolescents, adult women and older women.
approach-E4 = Intersectionality approach
approach-E4-gloss = See how several forms of discrimination add up, such as ethnicity, age, disability or status.
approach-E5 = Contextual approach
approach-E5-gloss = Adapt the response to the local and national situation.
approach-E6 = Intercultural approach
approach-E6-gloss = Respect cultural and language diversity, including Indigenous peoples.
approach-E7 = Transnational approach
approach-E7-gloss = Recognise lives and families that span several countries, and coordinate across borders.
approach-E8 = Intersectoral approach
approach-E8-gloss = Health, justice, migration, social and other services work together.
approach-E9 = Inclusion approach
approach-E9-gloss = Make sure no group of women is left out of services.

## Definitions (headwords of the RCM Guidelines' working document, translated; glosses are ours)

definition-D1 = Adolescent
definition-D1-gloss = A young person in adolescence; the exact age range depends on national law.
definition-D2 = Immediate care
definition-D2-gloss = First help for urgent needs such as safety, health, shelter and food, as soon as she is identified.
definition-D3 = Comprehensive care
definition-D3-gloss = Coordinated health, psychosocial, legal, social and economic support that covers the whole person.
definition-D4 = Detection
definition-D4-gloss = Staff noticing that a woman or girl has protection needs, for example because of violence or trafficking.
definition-D5 = Empowerment
definition-D5-gloss = The process through which women gain autonomy, resources and the power to decide and use their rights.
definition-D6 = Sustainable livelihoods
definition-D6-gloss = Skills, resources and activities that give a stable income and can withstand shocks.
definition-D7 = Return migration
definition-D7-gloss = Going back to the country of origin, by choice or by force.
definition-D8 = Forced migration
definition-D8-gloss = Moving because of coercion or a threat to life or livelihood.
definition-D9 = Migrant
definition-D9-gloss = A person who moves away from her usual place of residence.
definition-D10 = Migrant woman in an irregular situation
definition-D10-gloss = A woman without permission under the host country's law to enter, stay or work.
definition-D11 = Girl
definition-D11-gloss = A child below adolescent age.
definition-D12 = Accompanied migrant girls and adolescents
definition-D12-gloss = Girls who travel with their parents or legal guardians.
definition-D13 = Unaccompanied migrant girls and adolescents
definition-D13-gloss = Girls separated from both parents and other relatives, with no adult responsible for them.
definition-D14 = Separated migrant girls and adolescents
definition-D14-gloss = Girls separated from their parents or usual carer, though possibly with other relatives.
definition-D15 = Girls and adolescents who are victims of trafficking in persons
definition-D15-gloss = Girls recruited, moved or held in order to be exploited.
definition-D16 = Refugee girls and adolescents
definition-D16-gloss = Girls recognised as refugees or asking for that status.
definition-D17 = Returned girls and adolescents
definition-D17-gloss = Girls sent or brought back to their country of origin.
definition-D18 = Country of origin
definition-D18-gloss = The country a migrant comes from.
definition-D19 = Country of transit
definition-D19-gloss = A country crossed on the way to the destination.
definition-D20 = Country of destination
definition-D20-gloss = The country where a migrant plans to settle.
definition-D21 = Country of return
definition-D21-gloss = The country a person goes back to, usually her country of origin.
definition-D22 = Protection
definition-D22-gloss = Legal, physical and psychosocial measures that make sure her rights are respected.
definition-D23 = Reception
definition-D23-gloss = The arrival procedures and first services for people who return.
definition-D24 = Reintegration
definition-D24-gloss = Social, economic and emotional resettling of people who return.
definition-D25 = Critical path for protection and assistance
definition-D25-gloss = The steps and institutions a woman goes through to get protection and help (a referral pathway).
definition-D26 = Violence against women
definition-D26-gloss = Any act based on gender that causes death or physical, sexual or psychological harm to women, in public or private life.
definition-D27 = Gender-based violence (GBV)
definition-D27-gloss = Violence rooted in gender norms, or aimed at someone because of their gender.

## Actors

actor-MIG = Migration authority
actor-BOR = Border officials
actor-CON = Consulates
actor-HEA = Health services
actor-JUS = Justice and police
actor-WOM = National women's institution
actor-CHP = Child protection services
actor-LAB = Labour authority
actor-CSO = Civil society and shelters
actor-ORI-GOV = Authorities of the country of origin
actor-REG = Civil registry
actor-SCH = Schools
actor-ALL = All frontline services

## Sources

source-SR19 = UN Special Rapporteur on migrants, A/74/191 (2019)
source-SR41 = UN Special Rapporteur on migrants, A/HRC/41/38 (2019)
source-SR73 = UN Special Rapporteur on migrants, A/73/178/Rev.1 (2018)
source-SR38 = UN Special Rapporteur on migrants, A/HRC/38/41 (2018)
source-SR75 = UN Special Rapporteur on migrants, A/75/183 (2020)
source-SR79 = UN report on children and families in migration, A/79/213 (2024)
source-SR72 = UN Special Rapporteur on migrants, A/72/173 (2017)
source-SR71 = UN Special Rapporteur on migrants, A/71/285 (2016)
source-SR76 = UN Special Rapporteur on migrants, A/76/257 (2021)
source-GR26 = CEDAW General Recommendation No. 26 (women migrant workers, 2008)
source-GR32 = CEDAW General Recommendation No. 32 (asylum and nationality, 2014)
source-GR35 = CEDAW General Recommendation No. 35 (gender-based violence, 2017)
source-GR38 = CEDAW General Recommendation No. 38 (trafficking, 2020)
source-BDP = Convention of Belém do Pará (1994)
source-PP = Palermo Protocol on trafficking in persons (2000)
source-RC51 = 1951 Refugee Convention and 1967 Protocol
source-CART = Cartagena Declaration on Refugees (1984)
source-ICRMW = Migrant Workers Convention (1990)
source-VCCR = Vienna Convention on Consular Relations (1963)
source-CEDAW = CEDAW Convention (1979)
source-JGC3 = Joint General Comment No. 3 (CMW) / No. 22 (CRC) (2017)
source-JGC4 = Joint General Comment No. 4 (CMW) / No. 23 (CRC) (2017)
source-CRCv = Committee on the Rights of the Child, views on age assessment (2018–2019)
source-GC6 = Committee on the Rights of the Child, General Comment No. 6 (2005)
source-CO = UN treaty bodies, concluding observations on RCM countries
source-OC18 = Inter-American Court, Advisory Opinion OC-18/03 (2003)
source-OC21 = Inter-American Court, Advisory Opinion OC-21/14 (2014)
source-IACHR19 = IACHR Inter-American Principles on migrants, Res. 04/19 (2019)
source-GCM = Global Compact for Migration (2018)
source-UNW = UN Women guide to a gender-responsive Global Compact (2021)
source-GA64 = UN General Assembly resolution 64/139 (2009)
source-GA66 = UN General Assembly resolution 66/128 (2011)
source-GA72 = UN General Assembly resolution 72/149 (2017)
source-GA65 = UN General Assembly resolution 65/228 (2010)
source-GA71 = UN General Assembly resolution 71/177 (2016)
source-RCM-ID = RCM guidelines on identifying and referring vulnerable migrants (2013)
source-RCM-NNA = RCM guidelines on protecting migrant children and adolescents (2016)
source-MISP = Minimum Initial Service Package for reproductive health in crises (MISP)
source-Sphere = Sphere Handbook, sexual and reproductive health standard
source-CMR = WHO/UNHCR, Clinical management of rape survivors (2001)
source-MSF = Doctors Without Borders (MSF), care after sexual violence
source-MICIC = MICIC Guidelines (migrants in countries in crisis)
source-GIP1 = UNHCR Guidelines on International Protection No. 1 (gender, 2002)
source-GIP9 = UNHCR Guidelines on International Protection No. 9 (sexual orientation and gender identity, 2012)

## Rights

right-R01-title = Equal rights, with or without papers
right-R01-woman = International rules say your rights do not depend on your papers. No one may treat you worse for being a woman or a foreigner.
right-R01-official = A migrant woman holds her human rights whatever her migration status. Authorities and services must not discriminate against her on grounds of sex, nationality, ethnicity or lack of documents.

right-R02-title = Asking for asylum
right-R02-woman = Do you fear harm in your country? You can ask another country for protection. This is called asylum. You ask for it once you are outside your country. You can make your own request, even if you travel with family.
right-R02-official = A woman who fears persecution or serious harm, including gender-related persecution, may apply for refugee protection and have her own claim examined separately from her family's. Where national law includes the regional (Cartagena) definition, flight from generalized violence or massive human-rights violations also qualifies.

right-R03-title = Not sent back to danger
right-R03-woman = International rules forbid sending you where you could be killed or badly hurt. Your own case must be looked at first. Ask a service from the contacts list how it works in this country.
right-R03-official = Under international standards, no woman may be expelled, pushed back or returned to a place where her life or freedom is threatened or where she faces torture or other irreparable harm. Each case requires an individual assessment; collective expulsions are prohibited.

right-R04-title = No punishment for crossing to flee
right-R04-woman = Did you cross without papers to escape danger? International rules say you should not be punished for that. For this, go to the authorities soon and say why you fled. Ask a service from the contacts list how it works in this country.
right-R04-official = Under international standards, a refugee who comes directly from danger and presents herself to the authorities without delay should not be penalised for irregular entry or stay. Irregular entry should be handled as an administrative matter, not a crime.

right-R05-title = A life free from violence
right-R05-woman = No one has the right to hit, threaten or abuse you. Not a partner, a smuggler, a boss or an officer. You can ask for protection.
right-R05-official = She has the right to protection from physical, sexual and psychological violence, whether by a partner, private persons or officials. States must take particular account of the added risk faced by migrant, refugee and displaced women.

right-R06-title = Report abuse and get legal help
right-R06-woman = You can report violence, theft or abuse, even without papers. You can ask for a lawyer and an interpreter. Before you give your details, ask if they share them with migration.
right-R06-official = She may report crimes and abuse, obtain legal aid and interpretation, and use courts and complaint mechanisms regardless of status. Police, courts and victim services should not pass her data to immigration enforcement.

right-R07-title = Help for victims of trafficking
right-R07-woman = If someone tricked or forced you into work or sex, you can ask for help. You can ask for a safe place, health care and advice. International rules say help should not depend on reporting anyone.
right-R07-official = Under international standards, where there are reasonable grounds to believe she has been trafficked, she should be assisted and protected at once. Help must not depend on her status, on the offender being found or on her cooperation with prosecution.

right-R08-title = Emergency health care
right-R08-woman = In an emergency, go to a health service, even without papers. International rules say emergency care must not be refused for lack of papers. Ask a service from the contacts list how it works in this country.
right-R08-official = Under international standards, urgent medical care needed to preserve her life or avoid irreparable harm must not be refused because of irregular stay or employment. She must not be discriminated against because of pregnancy or childbirth.

right-R09-title = Pregnancy, birth and sexual health care
right-R09-woman = You can ask for care in pregnancy and birth, birth control and HIV tests. After rape, go to a health service fast. Some medicines only work in the first 3 to 5 days.
right-R09-official = She should have access to sexual and reproductive health care, including family planning, antenatal, delivery and postnatal care, HIV and STI prevention and treatment, and clinical care after sexual violence, in transit and destination countries and without immigration consequences.

right-R10-title = Your information stays private
right-R10-woman = What you tell health workers, shelters or victim services should stay private. You can ask who will see it.
right-R10-official = Under international standards, her identity, account and personal data must be kept confidential. Information collected by health, education, shelter or victim services should not be used for immigration enforcement.

right-R11-title = Information in your language
right-R11-woman = You have the right to understand what is going on. You can ask for an interpreter who speaks your language. Never sign a paper you do not understand.
right-R11-official = Procedures, decisions and her rights must be explained to her in a language she understands, through qualified interpreters where needed, including Indigenous languages and accessible formats.

right-R12-title = Help from your consulate
right-R12-woman = Your country's consulate can help with papers, legal problems, arrest or going home. If you are arrested, you can ask them to tell your consulate. They do it only if you want.
right-R12-official = She may seek the protection and assistance of her consulate, in particular when her rights are violated, when she is detained or before expulsion. If detained, she must be told without delay that she may have her consulate informed; it is informed only at her request, which matters if she fears her own State.

right-R13-title = Detention only as a last resort
right-R13-woman = International rules say detention for having no papers should be a last resort. If you are held, you can ask why. You can ask for a lawyer, an interpreter, your consulate and asylum. You can ask to be kept apart from men you do not know.
right-R13-official = Under international standards, immigration detention should be a last resort: lawful, necessary, proportionate, individually decided and as short as possible, with non-custodial alternatives preferred. If held, she must be separated from unrelated men, receive gender-appropriate hygiene and health care, and have access to a lawyer, interpreter, consulate, asylum procedure and independent monitors.

right-R14-title = Children are not locked up
right-R14-woman = International rules say children should not be locked up because of migration. You can ask to stay with your children in a safe place, not a cell.
right-R14-official = Under international standards, children, alone or with their families, should not be held in immigration detention, and family unity does not justify detaining them. Families should be kept together in community-based, non-custodial arrangements while their cases are resolved.

right-R15-title = The child's well-being comes first
right-R15-woman = International rules say decisions about children must put their well-being first. If you say you are under 18, you should be treated as a child. That lasts until a fair age check. You can challenge the result.
right-R15-official = Under international standards, in every decision affecting a child, including placement, procedure and return, the child's best interests are a primary consideration, assessed individually; migration-control aims cannot override them. A person who says she is a child is treated as one, with the benefit of the doubt, until a holistic age assessment that she can appeal.

right-R16-title = Stay with your family
right-R16-woman = You have the right to stay with your children. If you lost touch with your family, you can ask for help to find them and be together again.
right-R16-official = Authorities should avoid separating her from her children or family, help trace and reunite separated members, and remove unreasonable obstacles to family reunification.

right-R17-title = Rights at work, with or without papers
right-R17-woman = International rules say work must be paid, even without a permit. No boss may keep your passport. You can claim the money you are owed, even from your own country. Ask a service from the contacts list how it works in this country.
right-R17-official = Under international standards, as a worker she is entitled to pay and conditions no less favourable than those of nationals, and her irregular status does not release employers from their obligations. Wages due survive expulsion, and only authorised officials, never employers, may take identity documents.

right-R18-title = Documents and birth registration
right-R18-woman = You can register your baby in the place where it is born. International rules say this should not depend on your papers. Abroad, your consulate can also help you with papers.
right-R18-official = Every child has the right to a name, birth registration and a nationality, whatever the parents' status, and women have equal rights to pass their nationality to their children. Her country of origin should issue the identity and travel documents she needs.

right-R19-title = School and basic services
right-R19-woman = International rules say your children can go to school, even without papers. You should be able to use health care and other basic services without fear. Ask a service from the contacts list how it works in this country.
right-R19-official = Her children have the right to education on equal terms whatever their or her status. She should have safe access to basic services such as health, housing and social protection, without status checks that deter her.

right-R20-title = Safe return and support at home
right-R20-woman = If you go back, or are sent back, you should be treated with dignity. When you arrive, you can ask for help. This includes health care, emotional support, legal advice, and help to work or study.
right-R20-official = She may always enter and stay in her own country. Any return should be safe, dignified and preferably voluntary, follow an individual assessment and take account of pending proceedings; on return she should receive reintegration support suited to her needs.

right-R21-title = Support after violence or trafficking
right-R21-woman = After violence or trafficking, you can ask for a safe place to stay. You can also ask to see a doctor, talk to someone, get legal advice and get help with food.
right-R21-official = A survivor of violence or trafficking should have access to safe accommodation, counselling in her language, medical and psychological care, legal and consular assistance and material support, delivered in a gender-sensitive and culturally and linguistically appropriate way.

right-R22-title = A permit not tied to your abuser
right-R22-woman = Does your permit depend on a partner or boss who hurts you? Ask if you can get your own permit. Victims of trafficking or violence may be able to stay legally.
right-R22-official = A woman whose residence depends on an abusive spouse or employer should be able to apply for residence in her own right. Trafficking victims may be allowed to stay temporarily or permanently, and regularisation paths may exist for survivors of gender-based violence and exploitation.

right-R23-title = Information about your rights
right-R23-woman = You can ask for clear information about your rights, the risks on the way and where to get help. Ask before you leave, on the way and when you arrive.
right-R23-official = Before departure, in transit and on arrival she should receive accurate information on regular migration channels, risks such as gender-based violence and trafficking, her rights, where to get help, emergency numbers and the procedures that apply to her.

right-R24-title = LGBTI women: safety and respect
right-R24-woman = You have the same rights as everyone. Are you in danger because of who you love or who you are? You can ask for asylum. In a shelter or centre, ask for a safe place that respects your gender identity.
right-R24-official = Lesbian, bisexual, transgender and intersex women face intersecting discrimination. Their asylum claims must be properly assessed, and in reception or detention they should be placed according to their gender identity and protected from abuse.

right-R25-title = A fair process before deportation
right-R25-woman = International rules forbid deporting people in a group without looking at each case. You can ask for the decision in writing and in your language. You can ask for it to be reviewed.
right-R25-official = Under international standards, expulsion must be decided individually by a competent authority in accordance with law, communicated with reasons in a language she understands, and open to review. Collective expulsion is prohibited.

right-R26-title = Free to leave your country
right-R26-woman = You have the right to leave your country. International rules say you need no man's permission to travel or work abroad. No one should make you take a pregnancy or HIV test to leave.
right-R26-official = She is free to leave any country, including her own. Sex-specific bans, male-permission requirements and mandatory pregnancy or HIV tests discriminate against women and push them towards riskier routes.

right-R27-title = Respect, and no retelling your story
right-R27-woman = You decide what to do. You should not have to tell your story again and again. You can ask for a break, a woman officer, or someone to be with you.
right-R27-official = She must be treated with dignity, as a rights-holder whose decisions are respected, and must not be made to relive trauma through repeated or hostile procedures. Support must not depend on her taking part in proceedings.

right-R28-title = Support adapted to your needs
right-R28-woman = Are you pregnant or older? Do you have a disability, or speak an Indigenous language? You can ask for help that fits your needs.
right-R28-official = Particular attention is owed to women who are pregnant, have disabilities, are girls or older women, are Indigenous or from ethnic minorities, or are deprived of liberty. Services and information must be accessible to them.

## Actions

action-A01-title = Spot risks at first contact
action-A01-official = At first contact, staff look for signs of violence, trafficking, unaccompanied children, protection needs, pregnancy or disability, using known indicators and a low threshold of proof.
action-A01-woman = You can tell staff if you are in danger, pregnant, sick or hurt. They should listen and take you to the right service.

action-A02-title = Referral to the right service
action-A02-official = Each case is referred to the competent service through a gender-responsive, child-sensitive referral mechanism or standard procedure, and is followed up.
action-A02-woman = You can ask to be sent to the service that can help you. Ask for a name, an address or a phone number.

action-A03-title = Women officers at borders and centres
action-A03-official = Women officers and staff are recruited and posted at borders, reception points and detention facilities.
action-A03-woman = You can ask to speak with a woman officer.

action-A04-title = Private interview and your own claim
action-A04-official = She is interviewed in private, apart from male relatives or companions, and is offered a female interviewer and interpreter; she may lodge her own asylum claim.
action-A04-woman = You can ask to talk to them alone, without your partner or family. You can ask that a woman asks the questions, and that a woman interprets. You can ask for asylum on your own.

action-A05-title = An interpreter and clear information
action-A05-official = Qualified interpretation and information are provided in a language and format she understands, including Indigenous languages, low-literacy formats and formats accessible to persons with disabilities.
action-A05-woman = Ask for an interpreter in your language, also an Indigenous one. Ask them to explain things simply, or out loud if you do not read.

action-A06-title = Immediate safety and shelter
action-A06-official = Immediate protection is provided: a safety and risk assessment, emergency shelter, food, clothing, and first medical and psychosocial aid.
action-A06-woman = If you are in danger, you can ask for a safe place to sleep, food and clothes. You can also ask for first aid and someone to talk to.

action-A07-title = Medical care after rape
action-A07-official = Post-rape clinical care is given as soon as possible: HIV post-exposure prophylaxis within 72 hours (28-day course), emergency contraception within 5 days (120 hours), STI prophylaxis or treatment, hepatitis B (first dose within 3 months) and tetanus vaccination as indicated, wound care and psychological first aid. Care should not be made conditional on a police report.
action-A07-woman = After rape, go to a health service as soon as you can. The medicine against HIV only works in the first 3 days. The pill to stop a pregnancy works up to 5 days. International guidance says care should not wait for a police report.

action-A08-title = Pregnancy and sexual health care
action-A08-official = Maternal and sexual and reproductive health care is provided irrespective of status: antenatal and postnatal care, round-the-clock referral to emergency obstetric and newborn care, clean delivery kits for visibly pregnant women on the move, contraception and HIV and STI services.
action-A08-woman = You can ask for check-ups in pregnancy and after birth, even without papers. If you are pregnant and on the road, you can ask for a clean birth kit. You can also ask for birth control and HIV tests.

action-A09-title = No migration checks at services
action-A09-official = Health, education, shelter, victim and justice services do not ask about or report migration status, and they protect personal data (a firewall).
action-A09-woman = Before you give your details, you can ask if the service shares them with migration. International rules say health, school and shelter staff should not report you.

action-A10-title = Help as a possible trafficking victim
action-A10-official = A person is treated as a trafficking victim when there are reasonable grounds: she is assisted regardless of cooperation, status or prosecution, her identity is protected, and recovery and stay options are offered.
action-A10-woman = If someone exploits you, you can ask for help, even if you do not report them. They should keep your name secret. You can ask about ways to stay in the country.

action-A11-title = Information and registration for asylum
action-A11-official = She is told of the right to seek asylum, her claim is registered and referred, and gender-related persecution (and regional-definition grounds where national law includes them) is assessed.
action-A11-woman = You can tell any border or migration officer that you want asylum. International rules say they should write down your request and pass it on. Violence against you as a woman can be a reason for asylum.

action-A12-title = Check the risks before any return
action-A12-official = Under international standards, before any return, an individual risk assessment is made, including gender-specific risks such as sexual violence, domestic abuse and re-trafficking, with due process and an effective remedy; no collective expulsion.
action-A12-woman = Before you are sent back, you can tell them what dangers wait for you. International rules say your own case must be looked at. You can ask for the decision to be reviewed. Ask a service from the contacts list how it works in this country.

action-A13-title = Alternatives to detention and safe conditions
action-A13-official = Non-custodial alternatives are used. If detention cannot be avoided, it is a last resort for the shortest time, with separation from unrelated men, gender-appropriate water, sanitation, hygiene and reproductive health care, access to a lawyer, interpreter, consulate, asylum and independent monitors, and respect for gender identity.
action-A13-woman = If you are held, you can ask to be kept apart from men you do not know. You can ask for pads, clean water and a doctor. You can ask for a lawyer, your consulate or asylum.

action-A14-title = No detention of children
action-A14-official = Under international standards, children are never held in immigration detention, alone or with their families; families are placed in community-based, non-custodial care led by child protection services.
action-A14-woman = Your children should not be locked up. You can ask to stay with them in a safe place, like a shelter.

action-A15-title = Best interests and a guardian
action-A15-official = A best-interests assessment or determination is made before any placement or return decision; a guardian and a legal representative are appointed for unaccompanied or separated children as soon as they are identified, and the child is heard.
action-A15-woman = Are you under 18 and alone? You can ask for an adult to help you and speak for you, and for a lawyer. International rules say they must listen to you before deciding where you go.

action-A16-title = A fair age check
action-A16-official = Under international standards, age is assessed only where there is doubt, in a holistic, multidisciplinary, gender-sensitive and culturally appropriate way; the person gets the benefit of the doubt, is treated as a child meanwhile and may appeal.
action-A16-woman = International rules protect you if they doubt your age. You should be treated as a child while they check. The check should be respectful. You can challenge the result.

action-A17-title = Telling her she can contact her consulate
action-A17-official = On arrest or detention she is told without delay that she may have her consulate informed; the consulate is notified only if she asks, and her messages to it are passed on.
action-A17-woman = If you are arrested, they should tell you that you can contact your consulate. They tell the consulate only if you want.

action-A18-title = Consular help for women at risk
action-A18-official = Consulates identify and assist nationals in vulnerable situations (gender-based violence, trafficking, labour exploitation, crime) with gender-trained staff and hotlines, issue identity and travel documents, and register births abroad.
action-A18-woman = Your consulate can help if you suffer violence, abuse at work or a crime. It can give you papers and register your baby. You can call or go there.

action-A19-title = Complaints, legal help and protection orders
action-A19-official = Complaints are accepted regardless of status; legal aid, interpretation, protection orders and victim support are provided throughout proceedings, and she is not penalised if she chooses not to take part.
action-A19-woman = You can make a complaint, even without papers. You can ask for legal help and an interpreter. You can also ask for an order to keep the abuser away.

action-A20-title = Protection at work and unpaid wages
action-A20-official = Labour inspections target exploitative employers, not workers; domestic workers have accessible ways to complain; wages can be recovered, including after return; passport confiscation is stopped.
action-A20-woman = You can complain about abuse at work, also if you work in a home. You can claim unpaid wages, even after you go back. International rules say your boss may not keep your passport.

action-A21-title = Information before you leave
action-A21-official = Before departure, services in the country of origin give information on rights, regular channels, risks of gender-based violence and trafficking, emergency numbers and how to reach consulates.
action-A21-woman = Before you leave, ask how to travel safely. Ask about the risks, your rights and where to get help. Ask for the phone numbers of your consulate and for emergencies.

action-A22-title = Remove unfair exit rules and control recruiters
action-A22-official = Countries of origin remove discriminatory exit rules (male permission, sex-specific bans, mandatory pregnancy or HIV tests) and regulate and monitor recruitment agencies.
action-A22-woman = You should not need a man's permission, or a pregnancy or HIV test, to leave. Job agencies should be checked.

action-A23-title = Birth registration and identity papers
action-A23-official = Every birth is registered whatever the parents' status; identity documents are issued; mobile registration is offered in border areas, and consulates register their nationals.
action-A23-woman = You can register your baby's birth, even if you have no papers. Abroad, you can also ask your consulate for ID papers.

action-A24-title = A safe and prepared return
action-A24-official = Return is organised as an individual, safe, dignified and preferably voluntary process that takes account of pending proceedings: travel documents are issued, she is prepared before departure and handed over to reception services (child protection for children).
action-A24-woman = If you are sent back, you can ask when and how it will happen. You can ask for travel papers, and for a support service to meet you when you arrive.

action-A25-title = Reception and a plan to start again
action-A25-official = On return, the authorities of origin and their partners provide reception and an individual reintegration plan (shelter, medical and psychosocial care including sexual and reproductive health and GBV services, legal help, education, training, livelihood, family counselling), tackle stigma and protect her from those she fled.
action-A25-woman = When you come back, you can ask for a place to stay, health care and someone to talk to. You can ask for help with papers, school, training or work. If you are afraid of someone, tell them.

action-A26-title = Keep families together and reunite them
action-A26-official = Families are kept together; separated members are traced and reunited in the child's best interests, and family reunification procedures are made easier.
action-A26-woman = You can ask not to be separated from your children. If you lost them, you can ask for help to find them.

action-A27-title = Train frontline staff
action-A27-official = Frontline staff are trained in gender-responsive, child-sensitive and trauma-informed identification, interviewing and referral, including vulnerability indicators.
action-A27-woman = The staff who help you should be trained to see danger and treat you with care.

action-A28-title = Own residence, stay and regularisation
action-A28-official = Residence independent of an abusive spouse or employer, stay options for trafficking victims and regularisation paths for survivors are granted or made easier.
action-A28-woman = You can ask migration if you can get a permit of your own. Ask if there are ways to stay for victims of violence or trafficking.

action-A29-title = Services adapted to each woman
action-A29-official = Services are adapted to intersecting needs: disability access, older age, Indigenous identity and language, and safety for LGBTI women.
action-A29-woman = You can ask for help that fits you. For example, access if you have a disability, your own language, or a safe space if you are LGBTI.

action-A30-title = Survivor-centred work
action-A30-official = Staff work in a survivor-centred way: informed consent, no repeated interviews, information shared only with her consent, and respect for her choices.
action-A30-woman = Nothing should be done without your consent. You should not have to tell your story many times. Your information should be shared only if you agree.

## Warnings that go with risky advice (content/advice.toml)

warning-consulate-title = Your consulate: only if you feel safe
warning-consulate-woman = Do not contact your consulate if you fear your own government. If you are held, your consulate is told only if you ask. You can ask for asylum without your consulate.
warning-consulate-official = She ticked asylum or LGBTI. Contact her consulate only if she asks: she may fear her own State. On arrest or detention, her consulate is informed only at her request (VCCR art. 36(1)(b)).

## Basis status: the paragraph number was never checked in the source

basis-unchecked = paragraph not checked
