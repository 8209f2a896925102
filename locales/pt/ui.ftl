## The app's own words (not content). Every language must have every message of this file.

-app = Ruta
app-name = { -app }
app-tagline = Seus direitos e para quem ligar, sem internet
skip-to-content = Ir para o conteúdo
exit-button = Sair rápido
exit-hint = Fecha a Ruta na hora e abre outra página
language-label = Idioma
nav-start = Início
nav-about = Sobre estas informações

## Start
start-title = Encontre seus direitos e ajuda perto de você
start-intro = Responda o que quiser. Você pode pular qualquer pergunta. Nada do que você escolher fica salvo neste celular.
who-legend = Quem está usando a Ruta?
who-woman = Eu, uma mulher migrante
who-woman-hint = Falamos com você, com palavras simples
who-official = Trabalho em um serviço ou instituição
who-official-hint = Rota de atendimento: detectar, atender, encaminhar
country-legend = Em que país você está agora?
country-none = Prefiro não dizer
phase-legend = Em que momento da sua viagem você está?
phase-any = Não sei ou prefiro não dizer
situations-legend = O que está acontecendo com você?
situations-hint = Escolha quantas quiser, ou nenhuma.
show-results-woman = Ver meus direitos e contatos
show-results-official = Ver a rota de atendimento

## Results
results-title-woman = Seus direitos e para quem ligar
results-title-official = Direitos, deveres e encaminhamentos
results-summary = { $country } · { $phase } · { $count ->
    [0] nenhuma situação escolhida
    [one] { $count } situação
   *[other] { $count } situações
  }
summary-no-country = país não escolhido
summary-no-phase = todas as etapas
edit-choices = Mudar minhas respostas
danger-title = Em perigo agora?
danger-call = Ligar para o { $number }
danger-no-country = Escolha seu país para ver os números de emergência.
danger-none-confirmed = Não conseguimos confirmar um número de emergência para este país. Peça ajuda a uma pessoa de confiança ou a um abrigo.
rights-title-woman = Seus direitos
rights-title-official = Direitos aplicáveis
rights-count = { $count ->
    [one] { $count } direito
   *[other] { $count } direitos
  }
for-everyone = Para todas
basis-title = Base legal
basis-read = texto lido
basis-secondary = lido em outra fonte
basis-inferred = deduzido pela Ruta
principles-title = Princípios das Diretrizes em que se apoia
principles-note = A relação com cada princípio é a nossa leitura: só conhecemos os títulos dos princípios.
link-inferred = Vínculo deduzido pela Ruta: nenhuma fonte o liga a esta etapa.
link-partly = Vínculo em parte deduzido pela Ruta.
actions-title-woman = Você pode pedir
actions-title-official = O que os serviços devem fazer
step-detect = 1. Detectar
step-care = 2. Atendimento imediato
step-refer = 3. Encaminhar e acompanhar
responsible = Responsável: { $actors }
contacts-title = Com quem entrar em contato
contacts-none = Não temos outros contatos confirmados para este país e estas situações.
contacts-no-country = Escolha seu país para ver os contatos.
contacts-hidden = { $count ->
    [one] Há { $count } contato não confirmado que não mostramos aqui.
   *[other] Há { $count } contatos não confirmados que não mostramos aqui.
  }
kind-emergency = Emergências
kind-gbv-hotline = Linha contra a violência
kind-trafficking-hotline = Linha contra o tráfico de pessoas
kind-asylum-authority = Asilo e refúgio
kind-child-protection = Proteção da infância
kind-women-institution = Instituição da mulher
kind-migration-authority = Migração
kind-un-agency = Agência da ONU
kind-ombudsperson = Defensoria de direitos humanos
operator = Quem atende: { $operator ->
    [police] a polícia
    [prosecutor] o Ministério Público
    [ngo] uma organização da sociedade civil
    [un] a ONU
    [ombudsperson] a defensoria
   *[government] o governo
  }
free-yes = Grátis
free-no = Com custo
hours-always = 24 horas
hours-limited = Horário limitado
phone-tty = TTY
phone-sms = SMS
phone-old = número antigo
phone-other = outro número
website = Site
unconfirmed = Não confirmado
conflict = As fontes não coincidem: veja a nota.
source-dated = Fonte com data de { $date }
source-undated = Fonte sem data
source-link = Ver a fonte
no-situations-note = Você não escolheu nenhuma situação: mostramos os direitos que valem para todas.

## Problems with a link
problems-title = Não entendemos parte do link
problems-kept = Mostramos o resto. Você pode mudar suas respostas quando quiser.
problem-malformed = O link está danificado ou incompleto.
problem-view = A página “{ $value }” não existe.
problem-language = Não temos o idioma “{ $value }”.
problem-audience = “{ $value }” não é um tipo de usuária conhecido.
problem-country = “{ $value }” não é um dos 11 países da Ruta.
problem-phase = “{ $value }” não é uma etapa da viagem.
problem-situation = “{ $value }” não é uma situação conhecida.
problem-item = Não encontramos “{ $value }” na biblioteca.

## About
about-title = Sobre estas informações
about-basis = A Ruta se baseia nas Diretrizes para a Atenção e Proteção de Mulheres em Contexto de Migração da Conferência Regional sobre Migração (CRM). Não conseguimos ler o texto completo: só a estrutura (10 princípios, 9 enfoques, 27 definições e as quatro etapas). Os direitos e as ações vêm de normas internacionais que essas Diretrizes aplicam, e cada um cita sua fonte.
about-not-advice = A Ruta não é assessoria jurídica. As leis de cada país podem ser diferentes.
about-privacy = A Ruta não usa contas nem rastreamento, e não guarda suas respostas.
about-contacts = Cada número de telefone traz sua fonte e sua data. Os que não conseguimos confirmar não são mostrados às mulheres, exceto o único número de emergência de um país: ele aparece com um aviso.

## Library
nav-library = As Diretrizes
library-title = Biblioteca das Diretrizes
library-intro = As Diretrizes da CRM têm 10 princípios, 9 enfoques e 27 definições. Só conseguimos ler os seus títulos. As explicações são nossas.
library-principles = Princípios orientadores
library-approaches = Enfoques
library-definitions = Definições
library-definitions-note = Estas definições estão na versão de trabalho do documento, não na versão publicada que conhecemos.
library-themes = Temas da CRM
library-themes-note = A CRM trabalha estes temas em seus encontros regionais. Fomos nós que decidimos quais pontos entram em cada tema.
gloss-label = Nossa explicação:
page-ref = p. { $page }
rests-on-it = Direitos e ações que se apoiam neste princípio
rights-label = Direitos
actions-label = Ações
back-to-library = Voltar à biblioteca
plain-words = Em palavras simples
for-officials = Para serviços e autoridades

## Dates (order and month names as the language writes them)
date-full = { $day } de { $month } de { $year }
date-month = { $month } de { $year }
month-1 = janeiro
month-2 = fevereiro
month-3 = março
month-4 = abril
month-5 = maio
month-6 = junho
month-7 = julho
month-8 = agosto
month-9 = setembro
month-10 = outubro
month-11 = novembro
month-12 = dezembro

## Languages (About screen)
translations-title = Idiomas
translation-reviewed = { $language }: revisado em { $date }.
translation-needs-review = { $language }: rascunho, precisa de revisão por falantes nativas ({ $date }).

## Updates and version
update-ready = Há uma nova versão da Ruta. Ela será usada na próxima vez que você abrir.
update-now = Usar agora
about-version = Versão do app: { $version }.

## Staying safe on this device
nav-safety = Sua segurança neste aparelho
safety-title = Como usar a Ruta com mais segurança
safety-intro = Se alguém mexe no seu celular, ou se você divide o celular com alguém, estas ideias podem ajudar. Nenhuma delas é perfeita.
safety-exit-h = O botão “Sair rápido”
safety-exit = Ele abre outra página e tira esta da tela. Apertar a tecla Shift três vezes faz a mesma coisa. Mas as páginas da Ruta que você viu antes ainda podem estar no histórico.
safety-private-h = Navegação privada
safety-private = Abra a Ruta em uma janela privada ou anônima. Assim o navegador não guarda o histórico. A Ruta funciona do mesmo jeito.
safety-history-h = Apagar o histórico
safety-history = Você pode apagar só as páginas da Ruta do histórico. Se você apagar o histórico todo, alguém pode perceber que ele está vazio.
safety-app-h = Se você instalou a Ruta
safety-app = Um ícone da Ruta na tela pode chamar a atenção de alguém. Você pode tirar o ícone: segure o dedo em cima dele e escolha remover ou desinstalar. Você pode abrir a Ruta de novo pelo navegador.
safety-storage-h = O que a Ruta guarda
safety-storage = A Ruta não guarda suas respostas, a não ser que você marque “Lembrar minhas respostas neste celular”. Os botões “Esquecer” e “Sair rápido” apagam as respostas. A Ruta guarda os próprios arquivos para funcionar sem internet; esses arquivos não dizem nada sobre você.
safety-limits = A Ruta não consegue apagar o que outros aplicativos ou a sua operadora de celular registram. Se você acha que alguém vigia o seu celular, use um celular de confiança.
remember-label = Lembrar minhas respostas neste celular
remember-hint = Só se ninguém mais usar este celular.
forget-button = Esquecer minhas respostas
forgotten = Pronto: suas respostas não estão mais guardadas neste celular.

## Kiosk
kiosk-idle-title = Você ainda está aí?
kiosk-idle-body = { $seconds ->
    [one] Para proteger sua privacidade, esta tela vai ser apagada em { $seconds } segundo.
   *[other] Para proteger sua privacidade, esta tela vai ser apagada em { $seconds } segundos.
  }
kiosk-continue = Ainda estou aqui
kiosk-clear-now = Apagar agora
welcome-title = Bem-vinda
welcome-start = Começar em português

## Share (QR)
qr-title = Abra esta tela no seu celular
qr-hint = Escaneie o código com a câmera. Ele leva só as respostas desta tela, nada mais.

## Embedding (an organisation's own contacts)
overlay-added-by = Adicionado por { $publisher }
kind-shelter = Abrigo
kind-legal-aid = Ajuda jurídica
kind-health = Saúde
kind-other = Outro serviço

## H4
problem-too-long = O link é longo demais: lemos só o começo.
problem-more = Há outras partes que não entendemos; não as mostramos.
problem-language-load = Não foi possível carregar os textos do idioma “{ $value }” (sem conexão ou arquivo danificado). Eles aparecem em espanhol; tente de novo mais tarde.

## H1
danger-line-emergency = Emergências (polícia, bombeiros, ambulância)
danger-line-police = Polícia
danger-line-medical = Emergências médicas
danger-line-fire = Bombeiros
danger-line-women = Linha 24 horas para mulheres em situação de violência
danger-line-trafficking = Linha 24 horas contra o tráfico de pessoas
danger-line-child = Linha 24 horas para crianças e adolescentes
danger-line-information = Linha de informação
danger-caveat = Não conseguimos confirmar este número. Se não funcionar, peça a alguém perto de você que chame a polícia.
danger-caveat-official = Não confirmado: só fontes fracas ou antigas dão este número.
who-answers = Quem atende: { $operator ->
    [police] a polícia
    [prosecutor] o Ministério Público
    [government] um órgão do governo (não a polícia)
    [non-profit] uma organização sem fins lucrativos
    [un-agency] uma agência das Nações Unidas
    [ombudsperson] a defensoria de direitos humanos
   *[unknown] não se sabe (nenhuma fonte diz quem atende)
  }
kind-information = Informação e proteção civil
phone-fax = Fax, não é uma linha de telefone: { $number }
enforcement-warning = Esta é uma autoridade de imigração do governo. Se você a contatar, ela terá seu nome e seus dados, e as autoridades de imigração podem deter e deportar pessoas. Se você não tem documentos, fale primeiro com um serviço jurídico gratuito ou com o ACNUR.
contacts-hidden-enforcement = { $count ->
    [one] { $count } autoridade de imigração não aparece: sem documentos ou detida, não é um lugar para pedir ajuda.
   *[other] { $count } autoridades de imigração não aparecem: sem documentos ou detida, não são lugares para pedir ajuda.
  }
contacts-official-only = Só para servidores públicos
source-latest = Fonte mais recente: { $date }
source-latest-undated = Fonte sem data
sources-official = { $count ->
    [one] { $count } fonte
   *[other] { $count } fontes
  } ({ $dates })
sources-one-only = uma só fonte
sources-none = Nenhuma fonte registrada
contacts-dates = Estes números vêm de fontes públicas de { $from } a { $to }. Ninguém ligou para verificar se funcionam.

## H5 screens (issue 12: one question per screen, results at a glance, share and print)
q-progress = Pergunta { $n } de { $total }
q-back = Voltar
q-next = Próxima
q-skip = Pular esta pergunta
show-answer = Ver minha resposta agora
now-title = O que fazer agora
now-call = Ligue para { $name }:
now-more = Saber mais
key-contacts-title = Seus contatos principais
on-this-page = Nesta página
all-contacts-title = Todos os contatos
actions-count = { $count ->
    [one] { $count } item
   *[other] { $count } itens
  }
contacts-count = { $count ->
    [one] { $count } contato
   *[other] { $count } contatos
  }
section-show = Mostrar
section-hide = Ocultar
open-all = Abrir tudo
item-more = Mais e base legal: { $title }
results-ready = Resultados
save-print = Salvar ou imprimir
share-link = Compartilhar o link
copy-link = Copiar o link
link-copied = Link copiado.
link-warning = O link leva suas respostas. Compartilhe só com alguém de confiança.
language-changed = Idioma: { $language }
shift-more = { $left ->
    [one] Aperte Shift mais uma vez para sair.
   *[other] Aperte Shift mais { $left } vezes para sair.
  }

## H4 (static recovery screen and pre-wasm danger box, written into index.html at build time)
boot-failed-title = Não foi possível abrir o Ruta
boot-failed-body = Um arquivo do Ruta não carregou ou chegou danificado (talvez a conexão tenha caído). Nada do que você escolheu foi salvo.
boot-failed-retry = Tentar de novo
boot-failed-numbers = Se você está em perigo agora, ligue para o número de emergência do país onde está:
boot-offline-not-ready = O Ruta ainda não está pronto para funcionar sem internet neste telefone. Abra de novo quando tiver conexão.

## H2 (a host's own contacts: overlay cards and the preview for the site owner)
overlay-section = Outros contatos, adicionados por { $publisher }
overlay-section-site = Outros contatos, adicionados pelo site que mostra esta página
overlay-not-checked = O Ruta não verificou estes contatos. Eles vêm do site que mostra esta página.
overlay-added-by-site = Adicionado por este site
overlay-email = E-mail: { $email }
overlay-hours = Horário: { $hours }
overlay-languages = Idiomas: { $languages }
overlay-organization = Organização: { $name }
overlay-preview-title = { $count ->
    [one] Pré-visualização para quem publica esta página: { $count } problema no seu arquivo de contatos
   *[other] Pré-visualização para quem publica esta página: { $count } problemas no seu arquivo de contatos
  }
overlay-preview-ok = { $count ->
    [one] Pré-visualização para quem publica esta página: seu arquivo de contatos não tem problemas ({ $count } contato lido).
   *[other] Pré-visualização para quem publica esta página: seu arquivo de contatos não tem problemas ({ $count } contatos lidos).
  }
overlay-preview-hint = As visitantes não veem este quadro. Retire data-preview (ou ?preview) antes de publicar. Os detalhes técnicos estão em inglês, como no console.

## H10 — ferramentas para servidoras (issue 17): busca, casos de formação, matriz de acompanhamento, ficha de encaminhamento
search-title = Buscar
search-label = Busque direitos, passos, as Diretrizes e contatos
search-button = Buscar
search-hint = Acentos e maiúsculas não importam; basta o começo de uma palavra.
search-count = { $count ->
    [one] { $count } resultado
   *[other] { $count } resultados
  }
search-none = Nada encontrado. Tente outra palavra, ou menos palavras.
training-title = Casos de formação
training-intro = Pratique o caminho de encaminhamento com casos. Suas respostas ficam só nesta tela e são esquecidas quando você sai; nenhum nome é pedido nem guardado.
training-case = Caso { $n } de { $total }
training-q-detect = O que você deve detectar?
training-q-rights = Quais direitos se aplicam?
training-q-first-steps = Quais passos vêm primeiro?
training-q-refer = Para quem você a encaminha?
training-choose-all = Escolha todas as que se aplicam.
training-check = Conferir minha resposta
training-next = Próxima pergunta
training-next-case = Próximo caso
training-right = Certo.
training-wrong = Não exatamente.
training-missed = Você não escolheu:
training-wrongly = Não é para este caso:
training-ruta-says = O que o Ruta responde para este caso:
training-record = Registro de formação
training-record-note = Casos praticados e perguntas respondidas certo. Nenhum nome é registrado.
training-score = { $right } de { $total } certas
training-print = Imprimir o registro
matrix-title = Matriz de acompanhamento
matrix-intro = Registre novidades do marco legal, avanços, boas práticas e casos de sucesso na proteção das mulheres migrantes, por país e área das Diretrizes. Nada é guardado nem enviado: os registros ficam nesta tela até você exportá-los.
matrix-add = Adicionar registro
matrix-added = Registro adicionado.
matrix-fix = Corrija os campos marcados abaixo.
matrix-entries = Registros: { $count }
matrix-none = Ainda não há registros.
matrix-remove = Remover
matrix-export-csv = Exportar CSV
matrix-export-json = Exportar JSON
matrix-import = Importar arquivos (CSV ou JSON, vários de uma vez)
matrix-imported = Registros adicionados: { $added }. Arquivos lidos: { $files }.
matrix-import-failed = Estes arquivos não foram importados (nada do que você tinha registrado foi perdido):
matrix-row = linha { $row }
matrix-summary = Resumo regional
matrix-by-area = Registros por país e área das Diretrizes
matrix-by-kind = Registros por país e tipo
matrix-empty-areas = Áreas das Diretrizes sem registros
matrix-choose = Escolha…
slip-title = Ficha de encaminhamento
slip-intro = O caminho de encaminhamento para as situações dela. Esta ficha não tem campo para o nome dela nem para nenhum dado pessoal.
slip-missing = Escolha primeiro o país, a fase e as situações dela.
slip-services = Serviços para onde encaminhá-la
slip-basis = Base:
slip-sources = As fontes destes números têm data até { $date }.
slip-print = Imprimir ou salvar como PDF
slip-qr = Abrir esta ficha em outro celular

## R18 (issue 18: a line after sexual violence is not a women's line)
danger-line-sexual-violence = Linha 24 horas depois de violência sexual, para qualquer pessoa

## P14 (issue 14: screens whose messages come in a second pack)
later-loading = Carregando esta parte do Ruta…
later-failed = Esta parte do Ruta não pôde ser carregada. Verifique sua conexão e tente de novo.

## T17 (issue 17: search shows its hits a page at a time)
search-more = Mostrar mais resultados

## LEAD (issue 12: the one-line jump list above the sections; its name is on-this-page)
jump-rights = Direitos
jump-actions = O que pedir
jump-actions-official = O que os serviços devem fazer
jump-contacts = Contatos
share-all = Salvar, imprimir ou compartilhar
