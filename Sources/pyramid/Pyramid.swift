import ArgumentParser

@main
struct Pyramid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pyramid",
        abstract: "Model an organisation as an inverted pyramid and check its chains.",
        version: "0.1.0",
        subcommands: [
            Validate.self, Check.self, Explain.self, Stats.self, Render.self, Export.self, Doctor.self, Import.self,
            Report.self, Diff.self, WhatIf.self,
        ]
    )
}
