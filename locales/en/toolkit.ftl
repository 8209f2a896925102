### Ruta — officials' toolkit (issue 17): training scenarios, follow-up matrix values, search labels.

## Training scenarios (content/scenarios.toml). Write the story as the official meets her.
scenario-S01-title = Pregnant and detained at the border
scenario-S01 = At a migration station on the southern border, a colleague brings you a woman who is seven months pregnant. She was detained yesterday on the road north and has not seen a doctor. Frightened, she asks whether she will be sent back.
scenario-S02-title = A girl who says she owes money
scenario-S02 = A 15-year-old girl is travelling alone. She says a man paid for her journey and that she must work for him until she has paid him back. He is waiting for her in the next town.
scenario-S03-title = Back home, and afraid of him
scenario-S03 = A woman who was deported has just arrived at the reception centre. She left because her partner beat her, and she fears he will find out that she is back.
scenario-S04-title = Unpaid, and without papers
scenario-S04 = A woman who works in a private home says she has not been paid for three months. She has no papers and is afraid her employer will call immigration if she complains.
scenario-S05-title = A trans woman asks for protection
scenario-S05 = At the airport, a trans woman tells the officer she cannot go back to her country: she was attacked because of who she is. She wants to ask for protection.
scenario-S06-title = Leaving with her children
scenario-S06 = A mother tells a health worker that she is being threatened at home and plans to leave the country with her two children. She asks what she needs to know before she goes.
scenario-S07-title = Hurt on the crossing, with two children
scenario-S07 = After crossing the jungle, a woman reaches a reception station with a deep wound on her leg and her two children. She asks whether she can be treated without having her papers checked.
scenario-S08-title = Without papers, speaking only Creole
scenario-S08 = A woman without papers comes to a clinic with a fever. She speaks only Haitian Creole and nobody at the desk understands her.
scenario-S09-title = A deaf woman hurt by her partner
scenario-S09 = A deaf woman comes to the office with bruises on her arms. She writes on a sheet of paper that her partner hit her and that she does not want to go home.
scenario-S10-title = A job offer abroad
scenario-S10 = A young woman shows you a job offer abroad. The recruiter wants to keep her passport "for the paperwork" and says she will pay the travel costs later from her wages.
scenario-S11-title = Her permit depends on him
scenario-S11 = A woman tells you that her husband hits her. Her permit to stay depends on him, and he says she will be deported if she leaves him. She is afraid to go back to her country.
scenario-S12-title = Held at a border station without papers
scenario-S12 = A woman without papers has been held for two days at a border station. She says she does not know why she is held and has not been able to call anyone.

## Follow-up matrix: kinds of entry, fields, Guidelines areas and problems.
matrix-kind-legal-novelty = Legal novelty
matrix-kind-progress = Progress
matrix-kind-good-practice = Good practice
matrix-kind-success-case = Success case
matrix-kind-research = Research
matrix-kind-campaign = Campaign
matrix-kind-event = Event
matrix-field-country = Country
matrix-field-area = Guidelines area
matrix-field-kind = Kind of entry
matrix-field-title = Title
matrix-field-description = Description
matrix-field-date = Date (YYYY, YYYY-MM or YYYY-MM-DD)
matrix-field-institution = Institution
matrix-field-link = Link (optional)
matrix-area-principle = Principle
matrix-area-approach = Approach
matrix-area-phase = Phase
matrix-problem-missing = This field is required.
matrix-problem-unknown-country = This is not one of the countries in Ruta.
matrix-problem-unknown-area = This is not a principle, approach or phase of the Guidelines.
matrix-problem-unknown-kind = This is not one of the kinds of entry.
matrix-problem-bad-date = Write the date as YYYY, YYYY-MM or YYYY-MM-DD (a real day).
matrix-problem-bad-link = Write a full web address that starts with https:// or http://.
matrix-problem-too-long = This text is too long.
matrix-problem-unknown-field = Ruta does not know this column or field.
matrix-problem-unreadable = This file cannot be read as a follow-up matrix exported by Ruta (CSV or JSON).
matrix-problem-too-big = This file is too large.

## Search: what each kind of result is.
search-kind-right = Right
search-kind-action = Step
search-kind-situation = Situation
search-kind-principle = Principle
search-kind-approach = Approach
search-kind-definition = Definition
search-kind-theme = Theme
search-kind-instrument = International instrument
search-kind-contact = Contact
