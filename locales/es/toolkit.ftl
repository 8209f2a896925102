### Ruta — herramientas para funcionarias (issue 17): casos de formación, valores de la matriz de seguimiento, etiquetas de búsqueda.

## Casos de formación (content/scenarios.toml).
scenario-S01-title = Embarazada y detenida en la frontera
scenario-S01 = En una estación migratoria de la frontera sur, una colega te trae a una mujer con siete meses de embarazo. La detuvieron ayer en la carretera hacia el norte y no la ha visto ningún médico. Asustada, pregunta si la van a devolver.
scenario-S02-title = Una niña que dice que debe dinero
scenario-S02 = Una niña de 15 años viaja sola. Dice que un hombre pagó su viaje y que debe trabajar para él hasta pagarle. Él la espera en el próximo pueblo.
scenario-S03-title = De vuelta, y con miedo de él
scenario-S03 = Una mujer deportada acaba de llegar al centro de recepción. Se fue porque su pareja la golpeaba, y teme que él se entere de que volvió.
scenario-S04-title = Sin pago y sin papeles
scenario-S04 = Una mujer que trabaja en una casa particular dice que no le pagan desde hace tres meses. No tiene papeles y teme que su empleadora llame a migración si se queja.
scenario-S05-title = Una mujer trans pide protección
scenario-S05 = En el aeropuerto, una mujer trans le dice al oficial que no puede volver a su país: la atacaron por ser quien es. Quiere pedir protección.
scenario-S06-title = Irse con sus hijos
scenario-S06 = Una madre cuenta a una trabajadora de salud que la amenazan en su casa y que piensa salir del país con sus dos hijos. Pregunta qué necesita saber antes de irse.
scenario-S07-title = Herida en el cruce, con dos hijos
scenario-S07 = Después de cruzar la selva, una mujer llega a una estación de recepción con una herida profunda en la pierna y sus dos hijos. Pregunta si la pueden atender sin revisar sus papeles.
scenario-S08-title = Sin papeles, y solo habla creole
scenario-S08 = Una mujer sin papeles llega a una clínica con fiebre. Solo habla creole haitiano y nadie en la recepción la entiende.
scenario-S09-title = Una mujer sorda agredida por su pareja
scenario-S09 = Una mujer sorda llega a la oficina con moretones en los brazos. Escribe en una hoja que su pareja la golpeó y que no quiere volver a casa.
scenario-S10-title = Una oferta de trabajo en el extranjero
scenario-S10 = Una joven te muestra una oferta de trabajo en el extranjero. El reclutador quiere quedarse con su pasaporte "para los trámites" y dice que ella pagará el viaje después, con su sueldo.
scenario-S11-title = Su permiso depende de él
scenario-S11 = Una mujer te cuenta que su esposo la golpea. Su permiso de residencia depende de él, y él le dice que la deportarán si lo deja. Tiene miedo de volver a su país.
scenario-S12-title = Retenida sin papeles en un puesto fronterizo
scenario-S12 = Una mujer sin papeles lleva dos días retenida en un puesto fronterizo. Dice que no sabe por qué la retienen y que no ha podido llamar a nadie.

## Matriz de seguimiento: tipos de registro, campos, áreas de los Lineamientos y problemas.
matrix-kind-legal-novelty = Novedad legal
matrix-kind-progress = Avance
matrix-kind-good-practice = Buena práctica
matrix-kind-success-case = Caso de éxito
matrix-kind-research = Investigación
matrix-kind-campaign = Campaña
matrix-kind-event = Evento
matrix-field-country = País
matrix-field-area = Área de los Lineamientos
matrix-field-kind = Tipo de registro
matrix-field-title = Título
matrix-field-description = Descripción
matrix-field-date = Fecha (AAAA, AAAA-MM o AAAA-MM-DD)
matrix-field-institution = Institución
matrix-field-link = Enlace (opcional)
matrix-area-principle = Principio
matrix-area-approach = Enfoque
matrix-area-phase = Fase
matrix-problem-missing = Este campo es obligatorio.
matrix-problem-unknown-country = No es uno de los países de Ruta.
matrix-problem-unknown-area = No es un principio, enfoque o fase de los Lineamientos.
matrix-problem-unknown-kind = No es uno de los tipos de registro.
matrix-problem-bad-date = Escribe la fecha como AAAA, AAAA-MM o AAAA-MM-DD (un día que exista).
matrix-problem-bad-link = Escribe una dirección web completa que empiece con https:// o http://.
matrix-problem-too-long = Este texto es demasiado largo.
matrix-problem-unknown-field = Ruta no conoce esta columna o campo.
matrix-problem-unreadable = Este archivo no se puede leer como una matriz de seguimiento exportada por Ruta (CSV o JSON).
matrix-problem-too-big = Este archivo es demasiado grande.

## Búsqueda: qué es cada resultado.
search-kind-right = Derecho
search-kind-action = Paso
search-kind-situation = Situación
search-kind-principle = Principio
search-kind-approach = Enfoque
search-kind-definition = Definición
search-kind-theme = Tema
search-kind-instrument = Instrumento internacional
search-kind-contact = Contacto
