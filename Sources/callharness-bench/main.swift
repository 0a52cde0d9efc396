import Foundation
import Receptionist

// callharness-bench [engines|calls|sweep|calibrate|load|serve-load|pacing]: prints measured numbers; never part of the test suite.
HospitalDomain.register()
let arguments = Array(CommandLine.arguments.dropFirst())
let suite = arguments.first ?? "engines"
switch suite {
case "calls":
    try CallBenchmark.run(scripted: arguments.contains("--scripted"))
case "calibrate":
    try Calibration.run()
case "engines":
    try EngineBenchmark.run()
case "sweep":
    try SweepBenchmark.run()
case "load":
    let seconds = arguments.firstIndex(of: "--seconds").flatMap { arguments.indices.contains($0 + 1) ? Double(arguments[$0 + 1]) : nil } ?? 5
    LoadBenchmark.run(seconds: seconds)
case "serve-load":
    let levels = arguments.firstIndex(of: "--levels").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil }
        .map { $0.split(separator: ",").compactMap { Int($0) } } ?? [1, 2, 3, 4]
    let scenario = arguments.firstIndex(of: "--scenario").flatMap { arguments.indices.contains($0 + 1) ? arguments[$0 + 1] : nil } ?? "Scenarios/book-patel.yaml"
    try ServeLoadBenchmark.run(levels: levels.isEmpty ? [1] : levels, scenario: scenario)
case "pacing":
    let seconds = arguments.firstIndex(of: "--seconds").flatMap { arguments.indices.contains($0 + 1) ? Int(arguments[$0 + 1]) : nil } ?? 600
    try PacingBenchmark.run(seconds: max(1, seconds))
default:
    print("usage: callharness-bench [engines|calls [--scripted]|sweep|calibrate|load [--seconds S]|serve-load [--levels 1,2,3,4] [--scenario FILE]|pacing [--seconds N]]")
    exit(2)
}
