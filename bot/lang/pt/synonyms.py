"""Portuguese near-synonym groups for matching a visitor's words to a news text's."""

# Word lists are whitespace-separated strings, as in spaCy's language data.

# Source: compiled for Sanad. General-vocabulary near-synonyms and their common inflections
# (plural, past tense, participle), including informal words (grana, rolou), for crime,
# diplomacy, government, organisations, money, technology and time. Every word appears in one
# group only.
SYNONYMS: list[frozenset[str]] = [
    # Theft and crime
    frozenset(
        """
        roubar roubou roubaram roubo roubos roubado roubada roubados roubadas furtar furtou
        furtaram furto furtos furtado furtados subtrair subtraiu subtraíram subtraído subtraídos
        desviar desviou desviaram desvio desvios desviado desviados saquear saqueou saquearam
        levar levou levaram levado levados surrupiar surrupiou assaltar assaltou assaltaram
        assalto assaltos
        """.split()
    ),
    # Attacking and targeting are one group, as هجوم and استهدف are in the Arabic list: news
    # says "visando", "na mira" where a visitor asks "ataca".
    frozenset(
        """
        ataque ataques atacar atacou atacaram ofensiva investida agressão visar visando visam
        mirar mirando miram mira alvo alvos
        """.split()
    ),
    frozenset(
        """
        invasão invasões invadir invadiu invadiram hackear hackeou hackearam hackeado hackeada
        violação comprometer comprometido
        """.split()
    ),
    frozenset(
        """
        hacker hackers pirata piratas cibercriminoso cibercriminosos invasor invasores
        """.split()
    ),
    frozenset("vulnerabilidade vulnerabilidades falha falhas brecha brechas bug bugs".split()),
    frozenset("golpe golpes fraude fraudes esquema esquemas estelionato trapaça".split()),
    frozenset(
        """
        falso falsa falsos falsas falsificado falsificada falsificados fake fingir fingiu
        fingindo fingiram
        """.split()
    ),
    frozenset("emitir emitiu emitido publicar publicou soltar soltou".split()),
    frozenset(
        """
        criminoso criminosos bandido bandidos ladrão ladrões assaltante assaltantes quadrilha
        quadrilhas gangue gangues bando
        """.split()
    ),
    frozenset("suspeito suspeitos acusado acusados réu réus".split()),
    frozenset(
        """
        acusar acusou acusaram acusação acusações denúncia denúncias denunciar denunciou
        """.split()
    ),
    frozenset(
        """
        prender prendeu prenderam prisão prisões preso presos detido detidos deter deteve
        detenção capturar capturou
        """.split()
    ),
    frozenset(
        """
        investigação investigações investigar investigou investigam inquérito apuração apurar
        """.split()
    ),
    frozenset("polícia policia policiais".split()),
    frozenset("tribunal tribunais corte justiça".split()),
    frozenset(
        """
        matar matou mataram morte mortes morto mortos assassinar assassinou assassinato
        homicídio
        """.split()
    ),
    frozenset("vítima vítimas vitima vitimas afetados prejudicados lesados".split()),
    # Meetings and diplomacy
    frozenset(
        """
        reunião reuniões reunir reuniu reuniram encontro encontros encontrar encontrou
        negociações negociação conversas conversa conferência conferências cúpula cimeira
        """.split()
    ),
    frozenset(
        """
        participar participou participaram participação comparecer compareceu compareceram
        presença presenciar juntar juntou juntaram
        """.split()
    ),
    frozenset(
        """
        acordo acordos concordar concordou concordaram combinar combinou combinaram pacto
        tratado
        """.split()
    ),
    frozenset(
        """
        dizer disse disseram afirmar afirmou afirmaram declarar declarou declararam falar falou
        falaram anunciar anunciou anunciaram
        """.split()
    ),
    frozenset(
        """
        revelar revelou revelaram divulgar divulgou divulgaram expor expôs mostrar mostrou
        descobrir descobriu descobriram descoberto descoberta detectar detectou detectaram
        exposto exposta expostos
        """.split()
    ),
    frozenset("guerra guerras conflito conflitos combate combates confronto confrontos".split()),
    frozenset("paz trégua armistício".split()),
    frozenset("ameaça ameaças ameaçar ameaçou risco riscos perigo perigos".split()),
    frozenset("ajuda ajudas auxílio apoio assistência socorro".split()),
    frozenset("sanções sanção embargo embargos".split()),
    frozenset("eleição eleições votação votações voto votos pleito".split()),
    frozenset("lei leis legislação norma normas regra regras".split()),
    frozenset("visitar visitou visitaram visita visitas".split()),
    # Countries and government
    frozenset("país países nação nações".split()),
    frozenset("governo governos autoridades".split()),
    frozenset("presidente líder líderes chefe chefes dirigente dirigentes".split()),
    # Leading a delegation, talks or a body (the verb; the noun for the person is above).
    # "dirigir" (also to drive) and "conduzir" (also to lead to) are left out: with them one
    # more FaQuAD natural negative was answered (`sanad bench abstain`).
    frozenset(
        """
        liderar liderou lideraram liderado liderada liderados lideradas comandar comandou
        comandaram comandado comandada chefiar chefiou chefiaram chefiado chefiada presidir
        presidiu presidiram presidido presidida
        """.split()
    ),
    frozenset("representante representantes delegado delegados emissário".split()),
    frozenset("eua americano americanos americana americanas estadunidense".split()),
    frozenset("segurança proteção".split()),
    # Companies and organisations
    frozenset("empresa empresas companhia companhias firma firmas".split()),
    frozenset(
        """
        organização organizações entidade entidades instituição instituições órgão órgãos
        """.split()
    ),
    frozenset(
        """
        plataforma plataformas corretora corretoras exchange exchanges bolsa bolsas
        """.split()
    ),
    # Money and finance
    frozenset("dinheiro fundos ativos moedas recursos verba verbas grana".split()),
    frozenset("preço preços custo custos valor valores".split()),
    frozenset("quantia quantias montante montantes soma".split()),
    frozenset("pagar pagou pagaram pagamento pagamentos quitar".split()),
    frozenset("perda perdas perder perdeu perderam prejuízo prejuízos".split()),
    frozenset("lucro lucros ganho ganhos ganhar ganhou rendimento".split()),
    frozenset("aumentar aumentou aumento alta subir subiu crescer cresceu crescimento".split()),
    frozenset("cair caiu queda baixa diminuir diminuiu redução reduzir".split()),
    frozenset("banco bancos financeira financeiras".split()),
    frozenset("investimento investimentos investir investiu".split()),
    frozenset("criptomoeda criptomoedas cripto criptoativo criptoativos".split()),
    frozenset("carteira carteiras wallet wallets".split()),
    frozenset("comprar comprou compraram compra compras adquirir adquiriu aquisição".split()),
    frozenset("vender vendeu venderam venda vendas".split()),
    frozenset(
        """
        transferir transferiu transferiram transferência transferências enviar enviou envio
        remessa
        """.split()
    ),
    frozenset(
        """
        recuperar recuperou recuperaram recuperação reaver devolver devolveu devolução restituir
        """.split()
    ),
    frozenset("congelar congelou congelaram congelamento bloquear bloqueou bloqueio".split()),
    # Technology
    frozenset("internet web rede online".split()),
    frozenset("aplicativo aplicativos app apps programa programas software".split()),
    frozenset("computador computadores pc notebook".split()),
    frozenset("celular celulares telefone telefones smartphone".split()),
    frozenset("dados informações informação".split()),
    frozenset("senha senhas password".split()),
    # Time
    frozenset("agora atualmente actualmente presentemente".split()),
    frozenset("início inicio começo princípio começar começou iniciar iniciou".split()),
    frozenset("fim término encerramento terminar terminou acabar acabou".split()),
    # Everyday vocabulary
    frozenset(
        """
        acontecer aconteceu aconteceram ocorrer ocorreu ocorreram suceder sucedeu rolou
        """.split()
    ),
    frozenset("grande grandes enorme enormes gigante imenso".split()),
    frozenset("problema problemas crise crises dificuldade dificuldades".split()),
    frozenset("plano planos planejamento".split()),
    frozenset("decisão decisões decidir decidiu determinar determinou".split()),
    frozenset("pessoa pessoas gente indivíduo indivíduos".split()),
    frozenset(
        """
        precisar precisa precisam precisou precisaram necessitar necessita necessitam
        necessidade necessidades necessário necessária necessários necessárias
        """.split()
    ),
    # Closeness of a relation ("de perto", "estreita cooperação", "relação próxima").
    frozenset(
        """
        perto próximo próxima próximos próximas estreito estreita estreitos estreitas
        estreitar estreitou íntimo íntima
        """.split()
    ),
]
