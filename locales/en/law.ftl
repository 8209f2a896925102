### Ruta — where the law binds (English). Used by crates/engine/src/law.rs; data in
### content/treaties.toml and content/deadlines.toml. Every id here must exist in all languages.

## Status of an instrument in a country (under a legal-basis line)

law-status-party = { $country }: party since { $year }
law-status-party-noyear = { $country }: party (year not confirmed)
law-status-signed = { $country }: signed but not ratified — an international standard it has not accepted
law-status-not-party = { $country }: not a party — an international standard it has not accepted
law-status-incorporated = { $country }: written into its national law
law-status-endorsed = { $country }: endorsed (a commitment, not a binding treaty)
law-status-not = { $country }: did not endorse it — an international standard it has not accepted
law-status-unconfirmed = { $country }: status not confirmed
law-binds-where = Binds { $count } of the { $total } countries: { $countries }
law-binds-nowhere = Binds none of the countries in Ruta as law
law-declaration-where = A commitment, not a binding treaty. Accepted by { $count } of the { $total } countries (endorsed or written into national law): { $countries }
law-only-unaccepted = { $country }: the international standards cited here for this right are ones the country has not accepted. Other national or international law may still protect you: ask a lawyer or a support organisation.

## Asylum: time limit and where to ask

law-deadline-title = Time limit to ask for protection
law-deadline-working-days = { $country }: you have { $amount } working days after you enter the country to ask for refugee status.
law-deadline-days = { $country }: you have { $amount } days after you enter the country to ask for refugee status.
law-deadline-months = { $country }: you have { $amount } months after you enter the country to ask for refugee status.
law-deadline-years = { $amount ->
    [one] { $country }: you have one year after you arrive in the country to ask for asylum.
   *[other] { $country }: you have { $amount } years after you arrive in the country to ask for asylum.
}
law-deadline-late = If the time has passed, ask anyway and explain why you could not ask before.
law-deadline-unknown = { $country }: we could not confirm whether there is a time limit. Ask as soon as you can.
# The disclosure under the time limit on the results screen (where to ask, border, detention, the date calculator).
law-deadline-more = Where to ask, and your last day
law-authority-label = Where to ask
law-authority-unknown = We could not confirm which office receives the request.
law-border-yes = You can ask at the border.
law-border-no = At the border you can only say that you want to ask; the request itself is made at the office above.
law-detention-yes = You can ask even if you are detained.
law-detention-no = A request from detention is not accepted.
law-entry-label = Date you entered (optional)
law-entry-privacy = This date stays on this screen only. It is not saved and not put in any link.
law-entry-invalid = That is not a valid date. Write it as year-month-day, for example 2026-11-30.
law-entry-future = That date is in the future. Write the day you entered.
law-last-day = Last day to ask: { $date } at the latest.
law-last-day-passed = By our count the time limit passed on { $date }.
law-caveat-working-days = Public holidays are not counted here, so the real last day may be a little later. Do not wait: ask as early as you can.
law-caveat-calendar = Counted in calendar days from your date of entry; the office may count a day differently. Do not wait: ask as early as you can.
law-source-label = Source
law-read-official = read on the official page
law-read-official-copy = read in a copy of the official text
law-read-derived = read in a data set taken from the official pages
law-read-secondary = read in a secondary source, not the official text

## Comparing two countries

law-compare-title = Compare two countries
law-compare-intro = What changes when she crosses: which international standards bind each country, the time limit to ask for protection, and the emergency lines.
law-compare-first = First country
law-compare-second = Second country
law-compare-instruments = International standards: status in this country
law-compare-deadline = Asking for protection
law-compare-emergency = Emergency lines
law-compare-pick = Choose two countries.
law-table-title = Where it binds (all countries)

## Dates

law-date = { $day } { $month } { $year }
law-month-1 = January
law-month-2 = February
law-month-3 = March
law-month-4 = April
law-month-5 = May
law-month-6 = June
law-month-7 = July
law-month-8 = August
law-month-9 = September
law-month-10 = October
law-month-11 = November
law-month-12 = December

## Instruments (short names)

law-instrument-CEDAW = Convention on the Elimination of Discrimination against Women (CEDAW)
law-instrument-OP-CEDAW = Optional Protocol to CEDAW
law-instrument-CRC = Convention on the Rights of the Child
law-instrument-CAT = Convention against Torture
law-instrument-ICCPR = International Covenant on Civil and Political Rights
law-instrument-ICRMW = Migrant Workers Convention
law-instrument-BDP = Belém do Pará Convention
law-instrument-RC51 = 1951 Refugee Convention
law-instrument-RP67 = 1967 Refugee Protocol
law-instrument-CART = Cartagena Declaration on Refugees
law-instrument-PP = Palermo Protocol on trafficking in persons
law-instrument-SOM = Palermo Protocol on smuggling of migrants
law-instrument-C189 = ILO Domestic Workers Convention (C189)
law-instrument-VCCR = Vienna Convention on Consular Relations
law-instrument-GCM = Global Compact for Migration

## Offices that receive asylum requests

law-authority-BZ = Refugees Department, Belmopan
law-authority-CA = At a port of entry (airport, seaport, land crossing): the Canada Border Services Agency (CBSA). Already inside Canada: online on the IRCC portal. The Immigration and Refugee Board (IRB) decides.
law-authority-CR = Refugee Unit of the Dirección General de Migración y Extranjería (DGME)
law-authority-DO = Oficina Nacional para los Refugiados (ONR), at the Dirección General de Migración, Santo Domingo
law-authority-SV = CODER (Commission for the Determination of Refugee Status), or a migration officer (DGME) at the border
law-authority-GT = Departamento de Reconocimiento del Estatuto de Refugiado (DRER) of the Instituto Guatemalteco de Migración, Guatemala City, or any immigration control post
law-authority-HN = Instituto Nacional de Migración (INM), any INM border post, or the nearest National Police station where there is no INM office
law-authority-MX = COMAR (Mexican Commission for Refugee Assistance), or the INM where there is no COMAR office. Careful: the INM is the immigration authority and can detain and deport.
law-authority-PA = ONPAR (National Office for the Attention of Refugees), Ministerio de Gobierno
law-authority-US = U.S. Citizenship and Immigration Services (USCIS), with Form I-589, if you are not in removal proceedings; the Immigration Court, if you are
