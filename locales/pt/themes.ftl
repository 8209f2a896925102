## Themes of the RCM's regional work. The grouping of items under each theme is Ruta's.
theme-violence = Violência contra as mulheres
theme-violence-desc = Proteção, atendimento e justiça para mulheres e meninas que sofrem violência ou tráfico de pessoas.
theme-women-work = Mulheres e trabalho
theme-women-work-desc = Direitos trabalhistas, recrutamento justo e liberdade para migrar por trabalho.
theme-children = Meninas, meninos e adolescentes migrantes
theme-children-desc = Interesse superior, unidade familiar, não detenção e documentos para a infância.
theme-gcm = Pacto Global para a Migração
theme-gcm-desc = Tudo o que na Ruta se apoia no Pacto Global para uma Migração Segura, Ordenada e Regular (2018) ou no guia da ONU Mulheres para aplicá-lo.
theme-gender-data = Dados com enfoque de gênero
theme-gender-data-desc = A Ruta não tem pontos sobre estatísticas. Aqui estão os que tratam dos dados pessoais das mulheres e da sua identificação.
theme-sdgs = Mulheres e Objetivos de Desenvolvimento Sustentável
theme-sdgs-desc = Direitos ligados à igualdade de gênero, à saúde, ao trabalho decente e à educação. O vínculo com os ODS é nosso.
