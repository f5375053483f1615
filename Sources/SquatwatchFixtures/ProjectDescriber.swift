import Foundation
import SquatwatchKit

/// Fills the descriptive metadata of generated projects and names their accounts.
struct ProjectDescriber {
  private var userCounter = 0

  /// A fresh account name, unique within the registry.
  mutating func newUser(using random: inout SeededGenerator) -> String {
    userCounter += 1
    return "\(NameForge.coinedWord(using: &random, syllableCount: 2...3))\(userCounter)"
  }

  /// Fills the descriptive metadata; `richness` (0…1) decides how many optional fields a project bothers with.
  static func describe(
    _ spec: inout DistributionSpec, summary: String, user: String, richness: Double, using random: inout SeededGenerator
  ) {
    let slug = ProjectName.normalize(spec.name)
    spec.summary = summary
    spec.description = "# \(spec.name)\n\n\(summary).\n\n## Install\n\n    pip install \(slug)\n"
    let person = user.prefix { $0.isLetter }.capitalized
    if Double.random(in: 0...1, using: &random) < 0.5 + richness / 2 {
      spec.author = "\(person) \(NameForge.word(using: &random).capitalized)"
      spec.authorEmail =
        "\(user)@\(["gmail.com", "example.org", "fastmail.com", "posteo.de"].randomElement(using: &random) ?? "gmail.com")"
    }
    if Double.random(in: 0...1, using: &random) < richness {
      spec.homePage = "https://github.com/\(user)/\(slug)"
      spec.projectURLs = [
        ("Source", "https://github.com/\(user)/\(slug)"),
        ("Issues", "https://github.com/\(user)/\(slug)/issues"),
      ]
    }
    if Double.random(in: 0...1, using: &random) < richness / 3 {
      spec.maintainer = person
      spec.maintainerEmail = "\(user)@users.noreply.example"
    }
    spec.requiresPython = [">=3.8", ">=3.9", ">=3.10", ">=3.7, <4", nil].randomElement(using: &random) ?? nil
    spec.license = ["MIT", "Apache-2.0", "BSD-3-Clause", nil].randomElement(using: &random) ?? nil
    spec.classifiers =
      ["Programming Language :: Python :: 3"]
      + (richness > 0.5 ? ["Operating System :: OS Independent", "Intended Audience :: Developers"] : [])
  }
}
