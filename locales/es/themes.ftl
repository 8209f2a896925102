## Themes of the RCM's regional work. The grouping of items under each theme is Ruta's.
theme-violence = Violencia contra las mujeres
theme-violence-desc = Protección, atención y justicia para mujeres y niñas que sufren violencia o trata.
theme-women-work = Mujeres y trabajo
theme-women-work-desc = Derechos laborales, contratación justa y libertad para migrar por trabajo.
theme-children = Niñas, niños y adolescentes migrantes
theme-children-desc = Interés superior, unidad familiar, no detención y documentos para la niñez.
theme-gcm = Pacto Mundial para la Migración
theme-gcm-desc = Todo lo que en Ruta se apoya en el Pacto Mundial para una Migración Segura, Ordenada y Regular (2018) o en la guía de ONU Mujeres para aplicarlo.
theme-gender-data = Datos con enfoque de género
theme-gender-data-desc = Ruta no tiene puntos sobre estadísticas. Aquí están los que tratan los datos personales de las mujeres y su identificación.
theme-sdgs = Mujeres y Objetivos de Desarrollo Sostenible
theme-sdgs-desc = Derechos ligados a la igualdad de género, la salud, el trabajo decente y la educación. El vínculo con los ODS es nuestro.
