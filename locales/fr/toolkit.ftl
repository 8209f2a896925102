### Ruta — outils pour les agentes (issue 17) : cas de formation, valeurs de la matrice de suivi, libellés de recherche.

## Cas de formation (content/scenarios.toml).
scenario-S01-title = Enceinte et retenue à la frontière
scenario-S01 = Dans une station migratoire de la frontière sud, une collègue t'amène une femme enceinte de sept mois. Elle a été arrêtée hier sur la route du nord et aucun médecin ne l'a vue. Effrayée, elle demande si on va la renvoyer.
scenario-S02-title = Une fille qui dit devoir de l'argent
scenario-S02 = Une fille de 15 ans voyage seule. Elle dit qu'un homme a payé son voyage et qu'elle doit travailler pour lui jusqu'à l'avoir remboursé. Il l'attend dans la ville suivante.
scenario-S03-title = De retour, et elle a peur de lui
scenario-S03 = Une femme expulsée vient d'arriver au centre d'accueil. Elle était partie parce que son partenaire la battait, et elle craint qu'il apprenne son retour.
scenario-S04-title = Pas payée, et sans papiers
scenario-S04 = Une femme qui travaille dans une maison privée dit qu'elle n'est pas payée depuis trois mois. Elle n'a pas de papiers et a peur que son employeuse appelle l'immigration si elle se plaint.
scenario-S05-title = Une femme trans demande une protection
scenario-S05 = À l'aéroport, une femme trans dit à l'agent qu'elle ne peut pas retourner dans son pays : elle a été agressée à cause de qui elle est. Elle veut demander une protection.
scenario-S06-title = Partir avec ses enfants
scenario-S06 = Une mère raconte à une agente de santé qu'elle est menacée chez elle et qu'elle pense quitter le pays avec ses deux enfants. Elle demande ce qu'elle doit savoir avant de partir.
scenario-S07-title = Blessée pendant la traversée, avec deux enfants
scenario-S07 = Après avoir traversé la jungle, une femme arrive à une station d'accueil avec une blessure profonde à la jambe et ses deux enfants. Elle demande si on peut la soigner sans vérifier ses papiers.
scenario-S08-title = Sans papiers, elle ne parle que créole
scenario-S08 = Une femme sans papiers arrive dans une clinique avec de la fièvre. Elle ne parle que le créole haïtien et personne à l'accueil ne la comprend.
scenario-S09-title = Une femme sourde frappée par son partenaire
scenario-S09 = Une femme sourde arrive au bureau avec des bleus sur les bras. Elle écrit sur une feuille que son partenaire l'a frappée et qu'elle ne veut pas rentrer chez elle.
scenario-S10-title = Une offre de travail à l'étranger
scenario-S10 = Une jeune femme te montre une offre de travail à l'étranger. Le recruteur veut garder son passeport « pour les démarches » et dit qu'elle paiera le voyage plus tard, sur son salaire.
scenario-S11-title = Son titre de séjour dépend de lui
scenario-S11 = Une femme te dit que son mari la frappe. Son titre de séjour dépend de lui, et il lui dit qu'elle sera expulsée si elle le quitte. Elle a peur de retourner dans son pays.
scenario-S12-title = Retenue sans papiers à un poste frontière
scenario-S12 = Une femme sans papiers est retenue depuis deux jours à un poste frontière. Elle dit qu'elle ne sait pas pourquoi on la retient et qu'elle n'a pu appeler personne.

## Matrice de suivi : types d'entrée, champs, domaines des Lignes directrices et problèmes.
matrix-kind-legal-novelty = Nouveauté juridique
matrix-kind-progress = Progrès
matrix-kind-good-practice = Bonne pratique
matrix-kind-success-case = Réussite
matrix-kind-research = Recherche
matrix-kind-campaign = Campagne
matrix-kind-event = Événement
matrix-field-country = Pays
matrix-field-area = Domaine des Lignes directrices
matrix-field-kind = Type d'entrée
matrix-field-title = Titre
matrix-field-description = Description
matrix-field-date = Date (AAAA, AAAA-MM ou AAAA-MM-JJ)
matrix-field-institution = Institution
matrix-field-link = Lien (facultatif)
matrix-area-principle = Principe
matrix-area-approach = Approche
matrix-area-phase = Phase
matrix-problem-missing = Ce champ est obligatoire.
matrix-problem-unknown-country = Ce n'est pas l'un des pays de Ruta.
matrix-problem-unknown-area = Ce n'est pas un principe, une approche ou une phase des Lignes directrices.
matrix-problem-unknown-kind = Ce n'est pas l'un des types d'entrée.
matrix-problem-bad-date = Écris la date sous la forme AAAA, AAAA-MM ou AAAA-MM-JJ (un jour qui existe).
matrix-problem-bad-link = Écris une adresse web complète qui commence par https:// ou http://.
matrix-problem-too-long = Ce texte est trop long.
matrix-problem-unknown-field = Ruta ne connaît pas cette colonne ou ce champ.
matrix-problem-unreadable = Ce fichier ne peut pas être lu comme une matrice de suivi exportée par Ruta (CSV ou JSON).
matrix-problem-too-big = Ce fichier est trop volumineux.

## Recherche : ce qu'est chaque résultat.
search-kind-right = Droit
search-kind-action = Étape
search-kind-situation = Situation
search-kind-principle = Principe
search-kind-approach = Approche
search-kind-definition = Définition
search-kind-theme = Thème
search-kind-instrument = Instrument international
search-kind-contact = Contact
