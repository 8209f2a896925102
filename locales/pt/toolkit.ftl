### Ruta — ferramentas para servidoras (issue 17): casos de formação, valores da matriz de acompanhamento, rótulos da busca.

## Casos de formação (content/scenarios.toml).
scenario-S01-title = Grávida e detida na fronteira
scenario-S01 = Numa estação migratória da fronteira sul, uma colega traz até você uma mulher grávida de sete meses. Ela foi detida ontem na estrada para o norte e nenhum médico a viu. Assustada, pergunta se vão mandá-la de volta.
scenario-S02-title = Uma menina que diz que deve dinheiro
scenario-S02 = Uma menina de 15 anos viaja sozinha. Ela diz que um homem pagou a viagem e que ela tem de trabalhar para ele até pagar tudo. Ele a espera na próxima cidade.
scenario-S03-title = De volta, e com medo dele
scenario-S03 = Uma mulher deportada acaba de chegar ao centro de acolhida. Ela foi embora porque o parceiro batia nela, e tem medo de que ele saiba que ela voltou.
scenario-S04-title = Sem pagamento e sem documentos
scenario-S04 = Uma mulher que trabalha numa casa de família diz que não recebe há três meses. Não tem documentos e tem medo de que a patroa chame a imigração se ela reclamar.
scenario-S05-title = Uma mulher trans pede proteção
scenario-S05 = No aeroporto, uma mulher trans diz ao agente que não pode voltar ao seu país: foi atacada por ser quem é. Ela quer pedir proteção.
scenario-S06-title = Partir com os filhos
scenario-S06 = Uma mãe conta a uma agente de saúde que é ameaçada em casa e que pensa sair do país com os dois filhos. Pergunta o que precisa saber antes de partir.
scenario-S07-title = Ferida na travessia, com dois filhos
scenario-S07 = Depois de atravessar a selva, uma mulher chega a uma estação de acolhida com um ferimento profundo na perna e os dois filhos. Pergunta se pode ser atendida sem que verifiquem seus documentos.
scenario-S08-title = Sem documentos, e só fala crioulo
scenario-S08 = Uma mulher sem documentos chega a uma clínica com febre. Só fala crioulo haitiano e ninguém na recepção a entende.
scenario-S09-title = Uma mulher surda agredida pelo parceiro
scenario-S09 = Uma mulher surda chega ao escritório com hematomas nos braços. Escreve numa folha que o parceiro bateu nela e que não quer voltar para casa.
scenario-S10-title = Uma oferta de trabalho no exterior
scenario-S10 = Uma jovem mostra a você uma oferta de trabalho no exterior. O recrutador quer ficar com o passaporte dela "para a papelada" e diz que ela pagará a viagem depois, com o salário.
scenario-S11-title = A permissão dela depende dele
scenario-S11 = Uma mulher conta que o marido bate nela. A permissão de residência dela depende dele, e ele diz que ela será deportada se o deixar. Ela tem medo de voltar ao seu país.
scenario-S12-title = Retida sem documentos num posto de fronteira
scenario-S12 = Uma mulher sem documentos está retida há dois dias num posto de fronteira. Diz que não sabe por que a retêm e que não conseguiu ligar para ninguém.

## Matriz de acompanhamento: tipos de registro, campos, áreas das Diretrizes e problemas.
matrix-kind-legal-novelty = Novidade legal
matrix-kind-progress = Avanço
matrix-kind-good-practice = Boa prática
matrix-kind-success-case = Caso de sucesso
matrix-kind-research = Pesquisa
matrix-kind-campaign = Campanha
matrix-kind-event = Evento
matrix-field-country = País
matrix-field-area = Área das Diretrizes
matrix-field-kind = Tipo de registro
matrix-field-title = Título
matrix-field-description = Descrição
matrix-field-date = Data (AAAA, AAAA-MM ou AAAA-MM-DD)
matrix-field-institution = Instituição
matrix-field-link = Link (opcional)
matrix-area-principle = Princípio
matrix-area-approach = Enfoque
matrix-area-phase = Fase
matrix-problem-missing = Este campo é obrigatório.
matrix-problem-unknown-country = Não é um dos países do Ruta.
matrix-problem-unknown-area = Não é um princípio, enfoque ou fase das Diretrizes.
matrix-problem-unknown-kind = Não é um dos tipos de registro.
matrix-problem-bad-date = Escreva a data como AAAA, AAAA-MM ou AAAA-MM-DD (um dia que exista).
matrix-problem-bad-link = Escreva um endereço web completo que comece com https:// ou http://.
matrix-problem-too-long = Este texto é longo demais.
matrix-problem-unknown-field = O Ruta não conhece esta coluna ou campo.
matrix-problem-unreadable = Este arquivo não pode ser lido como uma matriz de acompanhamento exportada pelo Ruta (CSV ou JSON).
matrix-problem-too-big = Este arquivo é grande demais.

## Busca: o que é cada resultado.
search-kind-right = Direito
search-kind-action = Passo
search-kind-situation = Situação
search-kind-principle = Princípio
search-kind-approach = Enfoque
search-kind-definition = Definição
search-kind-theme = Tema
search-kind-instrument = Instrumento internacional
search-kind-contact = Contato
