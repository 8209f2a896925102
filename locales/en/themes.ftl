## Themes of the RCM's regional work. The grouping of items under each theme is Ruta's.
theme-violence = Violence against women
theme-violence-desc = Protection, care and justice for women and girls who suffer violence or trafficking.
theme-women-work = Women and work
theme-women-work-desc = Labour rights, fair recruitment and the freedom to migrate for work.
theme-children = Migrant children and adolescents
theme-children-desc = Best interests, family unity, no detention and documents for children.
theme-gcm = Global Compact for Migration
theme-gcm-desc = Everything in Ruta that rests on the Global Compact for Safe, Orderly and Regular Migration (2018) or on UN Women's guide to implementing it.
theme-gender-data = Gender-focused data
theme-gender-data-desc = Ruta holds no item on statistics. These are the items about women's personal data and their identification.
theme-sdgs = Women and the Sustainable Development Goals
theme-sdgs-desc = Rights tied to gender equality, health, decent work and education. The link to the SDGs is ours.
