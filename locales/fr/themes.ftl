## Themes of the RCM's regional work. The grouping of items under each theme is Ruta's.
theme-violence = Violence à l'égard des femmes
theme-violence-desc = Protection, prise en charge et justice pour les femmes et les filles victimes de violence ou de traite.
theme-women-work = Femmes et travail
theme-women-work-desc = Droits du travail, recrutement équitable et liberté de migrer pour travailler.
theme-children = Filles, garçons et adolescents migrants
theme-children-desc = Intérêt supérieur, unité familiale, non-détention et documents pour les enfants.
theme-gcm = Pacte mondial pour les migrations
theme-gcm-desc = Tout ce qui, dans Ruta, s'appuie sur le Pacte mondial pour des migrations sûres, ordonnées et régulières (2018) ou sur le guide d'ONU Femmes pour l'appliquer.
theme-gender-data = Données tenant compte du genre
theme-gender-data-desc = Ruta n'a aucun point sur les statistiques. Voici ceux qui portent sur les données personnelles des femmes et sur leur identification.
theme-sdgs = Femmes et objectifs de développement durable
theme-sdgs-desc = Droits liés à l'égalité des genres, à la santé, au travail décent et à l'éducation. Le lien avec les ODD est le nôtre.
