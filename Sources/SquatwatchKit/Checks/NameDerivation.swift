/// How a project's name was made from a popular name: the naming template a campaign stamps out.
///
/// `{popular}-cli`, `py{popular}`, "command or import name of {popular}", "typo of {popular}": projects sharing a
/// template and a burst are the same hand at work even when every one targets a different popular project.
struct NameDerivation: Hashable, Sendable {
  /// The template with the popular name abstracted, for example `{popular}-cli`.
  var template: String
  /// The popular project this name was made from.
  var target: String

  /// The derivation of `name`, if it is built from a popular name; `matches` are its typosquat matches.
  static func of(_ name: String, matches: [TyposquatIndex.Match], context: CheckContext) -> NameDerivation? {
    if let claim = context.commands.claims(onProjectName: name).first(where: { $0.project != name }) {
      return NameDerivation(
        template: claim.kind == .command ? "{command of popular}" : "{import name of popular}", target: claim.project)
    }
    let tokens = name.split(separator: "-")
    if tokens.count >= 2, let last = tokens.last, let first = tokens.first {
      let withoutLast = tokens.dropLast().joined(separator: "-")
      if context.targets[withoutLast] != nil {
        return NameDerivation(template: "{popular}-\(last)", target: withoutLast)
      }
      let withoutFirst = tokens.dropFirst().joined(separator: "-")
      if context.targets[withoutFirst] != nil {
        return NameDerivation(template: "\(first)-{popular}", target: withoutFirst)
      }
    }
    for prefix in ["python", "py"] where name.hasPrefix(prefix) {
      let rest = String(name.dropFirst(prefix.count))
      if context.targets[rest] != nil { return NameDerivation(template: "\(prefix){popular}", target: rest) }
    }
    if let match = matches.first {
      return NameDerivation(template: "{\(match.transform.rawValue) of popular}", target: match.target)
    }
    return nil
  }
}
