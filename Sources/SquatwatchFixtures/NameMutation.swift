import Foundation

/// The typo families planted squats use, each turning a popular name into a near miss.
enum NameMutation: CaseIterable, Sendable {
  case repeatedCharacter
  case omittedCharacter
  case swappedCharacters
  case lookAlike
  case separatorChange
  case affix

  /// Applies the mutation at a position chosen by `random`; nil when the name offers no place for it.
  func apply(to name: String, using random: inout SeededGenerator) -> String? {
    var chars = Array(name)
    let letters = chars.indices.filter { chars[$0].isLetter }
    switch self {
    case .repeatedCharacter:
      guard let index = letters.randomElement(using: &random) else { return nil }
      chars.insert(chars[index], at: index)
    case .omittedCharacter:
      guard chars.count >= 5, let index = letters.dropFirst().randomElement(using: &random) else { return nil }
      chars.remove(at: index)
    case .swappedCharacters:
      let pairs = chars.indices.dropLast().filter {
        chars[$0] != chars[$0 + 1] && chars[$0].isLetter && chars[$0 + 1].isLetter
      }
      guard let index = pairs.randomElement(using: &random) else { return nil }
      chars.swapAt(index, index + 1)
    case .lookAlike:
      let swaps: [(String, String)] = [("m", "rn"), ("w", "vv"), ("l", "1"), ("o", "0"), ("i", "l"), ("d", "cl")]
      let usable = swaps.filter { name.contains($0.0) }
      guard let (from, to) = usable.randomElement(using: &random), let range = name.range(of: from) else { return nil }
      return name.replacingCharacters(in: range, with: to)
    case .separatorChange:
      if name.contains("-") {
        return Bool.random(using: &random)
          ? name.replacingOccurrences(of: "-", with: "") : name.replacingOccurrences(of: "-", with: "_")
      }
      guard chars.count >= 6 else { return nil }
      chars.insert("-", at: chars.count / 2)
    case .affix:
      let affixes = ["python-%", "py%", "%-py", "%-python", "%2", "%-lib", "%-official"]
      guard let pattern = affixes.randomElement(using: &random) else { return nil }
      return pattern.replacingOccurrences(of: "%", with: name)
    }
    return String(chars)
  }
}
