namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// The constructions the linker knows, in the order it tries them, as markdig registers its block parsers: to teach the
/// linker a construction, write a rule type with its spec file and register it here, at the place its stage and
/// precedence call for.
/// </summary>
/// <remarks>
/// <para>A sentence is read phrase by phrase; every <see cref="Phrase"/> rule is tried on each phrase. A cooperation
/// word is linked by the first <see cref="Trigger"/> rule that claims it. The plain reading of a verb
/// (<see cref="CooperationVerbRule"/>) settles its partners by the <see cref="Partner"/> rules, all applied in order; finds a
/// missing subject by the first <see cref="Subject"/> rule that has one; and lets the first <see cref="Completion"/> rule
/// that claims the word link what its plain reading cannot. When the sentence is linked, the <see cref="Sentence"/> rules
/// review it.</para>
/// <para>Rules are made per linker, one article at a time, because some remember what an earlier clause told
/// (<see cref="AnnouncerRule"/>).</para>
/// </remarks>
internal sealed class LinkRules
{
    public LinkRules(PairLinker linker)
    {
        var jointCreation = JointCreation = new JointCreationRule(linker);
        var fundraiser = new FundraiserRule(linker);
        Phrase = [new CooperationWordRule(linker), new LabelRule(linker), new NeighbourWordRule(linker), new ProvenanceRule(linker)];
        Trigger = [new RelationalNounRule(linker), new ActingTogetherRule(linker, jointCreation), new CooperationVerbRule(linker, this, jointCreation)];
        Partner = [new UnnamedPartnersRule(linker), new CoSignerRule(), new ReceivingRule(linker), new ObjectAfterVerbRule(), new MakingVerbRule(linker)];
        Subject = [new BothSidesRule(linker), new RelativeHeadRule(linker), new NamedAdopterRule(linker), new AdopterListRule(linker), new ImplicitSubjectRule()];
        Completion = [new CoInvestorsRule(linker, fundraiser), new AnnouncerRule(linker), new AnnouncedFirstUserRule(linker), fundraiser, new EarlierProductRule(linker), new JointVentureRecallRule(linker), new ListActingTogetherRule(linker)];
        Sentence = [new ManyPartyStatementRule()];
    }

    /// <summary>Constructions read in every phrase: cooperation words, a label's value, a neighbouring word, provenance.</summary>
    public IReadOnlyList<PhraseRule> Phrase { get; }

    /// <summary>The ways a cooperation word links, first claim wins: a relational noun, a list acting together, a verb.</summary>
    public IReadOnlyList<TriggerRule> Trigger { get; }

    /// <summary>What changes a verb's partners, all in order: unnamed partners listed later, co-signers, receiving, objects after the verb, making verbs.</summary>
    public IReadOnlyList<PartnerRule> Partner { get; }

    /// <summary>Where a subject the clause does not name comes from, first found wins.</summary>
    public IReadOnlyList<SubjectRule> Subject { get; }

    /// <summary>What links a word its plain reading cannot, first claim wins.</summary>
    public IReadOnlyList<CompletionRule> Completion { get; }

    /// <summary>What a whole sentence may take back.</summary>
    public IReadOnlyList<SentenceRule> Sentence { get; }

    /// <summary>What several companies made together, linked after its makers by the word rules that find them.</summary>
    public JointCreationRule JointCreation { get; }

    /// <summary>Every registered rule, in the order above: the names the spec files follow.</summary>
    public IEnumerable<LinkRule> All =>
        [.. Phrase, .. Trigger, .. Partner, .. Subject, .. Completion, JointCreation, .. Sentence];
}
