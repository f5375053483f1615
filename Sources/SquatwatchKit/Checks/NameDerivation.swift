/// How a project's name was made from a popular name: the naming template a campaign stamps out.
///
/// `{popular}-cli`, `py{popular}`, "command or import name of {popular}", "typo of {popular}": projects sharing a
/// template and a burst are the same hand at work even when every one targets a different popular project.
struct NameDerivation: Hashable, Sendable {
  /// The template with the popular name abstracted, for example `{popular}-cli`.
  var template: String
  /// The popular project this name was made from.
  var target: String
  /// Whether the name passes for the popular one (its command or import name, a py/python form, a typo), rather
  /// than adding a word to it as integrations and plugins do (`django-foo`, `foo-pytest`).
  var imitates: Bool

  /// The derivation of `name`, if it is built from a popular name; `matches` are its typosquat matches.
  static func of(_ name: String, matches: [TyposquatIndex.Match], context: CheckContext) -> NameDerivation? {
    if let claim = context.commands.claims(onProjectName: name).first(where: { $0.project != name }) {
      return NameDerivation(
        template: claim.kind == .command ? "{command of popular}" : "{import name of popular}", target: claim.project,
        imitates: true)
    }
    let tokens = name.split(separator: "-")
    if tokens.count >= 2, let last = tokens.last, let first = tokens.first {
      if let target = popularProject(named: tokens.dropLast().joined(separator: "-"), context: context) {
        return NameDerivation(template: "{popular}-\(last)", target: target, imitates: false)
      }
      if let target = popularProject(named: tokens.dropFirst().joined(separator: "-"), context: context) {
        return NameDerivation(template: "\(first)-{popular}", target: target, imitates: false)
      }
    }
    for prefix in ["python", "py"] where name.hasPrefix(prefix) {
      let rest = String(name.dropFirst(prefix.count))
      if context.targets[rest] != nil {
        return NameDerivation(template: "\(prefix){popular}", target: rest, imitates: true)
      }
    }
    if let match = matches.first {
      return NameDerivation(
        template: "{\(match.transform.rawValue) of popular}", target: match.target, imitates: true)
    }
    return nil
  }

  /// The popular project `stem` names: the project itself, or the one whose command or import name it is
  /// (`dateutil` of python-dateutil).
  private static func popularProject(named stem: String, context: CheckContext) -> String? {
    if context.targets[stem] != nil { return stem }
    return context.commands.claims(onProjectName: stem).first?.project
  }
}
