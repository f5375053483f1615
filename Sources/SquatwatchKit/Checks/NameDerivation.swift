/// How a project's name was made from a popular name: the naming template a campaign stamps out.
///
/// `{popular}-cli`, `py{popular}`, "command or import name of {popular}", "typo of {popular}": projects sharing a
/// template and a burst are the same hand at work even when every one targets a different popular project.
struct NameDerivation: Hashable, Sendable {
  /// The template with the popular name abstracted, for example `{popular}-cli`.
  var template: String
  /// The popular (or, for the `{popular}-word` and `py{popular}` templates, established) project this name was
  /// made from.
  var target: String
  /// Whether the name passes for the popular one (its command or import name, a py/python form, a typo), rather
  /// than adding a word to it as integrations and plugins do (`django-foo`, `foo-pytest`).
  var imitates: Bool

  /// The derivation of `name`, if it is built from a popular name; `matches` are its typosquat matches.
  ///
  /// A project that `holdsNothing` is also derived from a popular name two edits away (`reqeustss`): two slips are
  /// too common among real names to make a typosquat of a project with code, but an empty project's name is all it
  /// offers, and a name that close to a popular one is what it offers.
  static func of(
    _ name: String, matches: [TyposquatIndex.Match], holdsNothing: Bool = false, context: CheckContext
  ) -> NameDerivation? {
    if let claim = context.commands.claims(onProjectName: name).first(where: { $0.project != name }) {
      return NameDerivation(
        template: claim.kind == .command ? "{command of popular}" : "{import name of popular}", target: claim.project,
        imitates: true)
    }
    let tokens = name.split(separator: "-")
    if tokens.count >= 2, let last = tokens.last, let first = tokens.first {
      if let target = namedProject(named: tokens.dropLast().joined(separator: "-"), context: context) {
        return NameDerivation(template: "{popular}-\(last)", target: target, imitates: false)
      }
      if let target = namedProject(named: tokens.dropFirst().joined(separator: "-"), context: context) {
        return NameDerivation(template: "\(first)-{popular}", target: target, imitates: false)
      }
    }
    for prefix in ["python", "py"] where name.hasPrefix(prefix) {
      if let target = namedProject(named: String(name.dropFirst(prefix.count)), context: context) {
        return NameDerivation(template: "\(prefix){popular}", target: target, imitates: true)
      }
    }
    if let match = matches.first {
      return NameDerivation(
        template: "{\(match.transform.rawValue) of popular}", target: match.target, imitates: true)
    }
    if holdsNothing,
      let target = context.typosquatIndex.twoEditTargets(for: name).max(by: {
        (context.strength(of: $0), $1) < (context.strength(of: $1), $0)
      })
    {
      return NameDerivation(
        template: "{\(NameTransform.twoEdits.rawValue) of popular}", target: target, imitates: true)
    }
    return nil
  }

  /// The popular or established project `stem` names, if any.
  ///
  /// That is the project itself, or the popular one whose command or import name it is (`dateutil` of
  /// python-dateutil): campaigns reserve names built from any project with a following, not only the most popular.
  private static func namedProject(named stem: String, context: CheckContext) -> String? {
    if context.targets[stem] != nil || context.popularity.standings[stem]?.established == true { return stem }
    return context.commands.claims(onProjectName: stem).first?.project
  }
}
