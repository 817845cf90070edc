namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// One place where the text shows a company the catalog lacks, before the article's sightings are gathered
/// into companies.
/// </summary>
/// <param name="Start">UTF-16 offset of the name as written.</param>
/// <param name="End">Offset just past it.</param>
/// <param name="Forms">
/// The name as written first, then the shorter forms the press uses for it (北京木卫四科技有限公司, 木卫四科技,
/// 木卫四) and any the article declares (（以下简称“木卫四”）, （Tower Semiconductor）).
/// </param>
/// <param name="Role">The role its descriptor or its shape suggests, or <see cref="CompanyRole.Other"/>.</param>
/// <param name="IsIntroduced">
/// Whether the sighting alone shows a company: a legal name, a descriptor before it, a Latin name with its
/// evidence. A trade name's shape alone (X科技) does not: the article must use it as a company's name.
/// </param>
internal sealed record Sighting(int Start, int End, IReadOnlyList<string> Forms, CompanyRole Role, bool IsIntroduced = true)
{
    public string AsWritten => Forms[0];
}
