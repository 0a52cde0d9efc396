import Foundation

// callharness-bench [engines|sweep]: prints measured numbers; never part of the test suite.
let arguments = Array(CommandLine.arguments.dropFirst())
let suite = arguments.first ?? "engines"
switch suite {
case "engines":
    try EngineBenchmark.run()
case "sweep":
    try SweepBenchmark.run()
default:
    print("usage: callharness-bench [engines|sweep]")
    exit(2)
}
