import Foundation

// callharness-bench [engines|…]: prints measured numbers; never part of the test suite.
let arguments = Array(CommandLine.arguments.dropFirst())
let suite = arguments.first ?? "engines"
switch suite {
case "calibrate":
    try Calibration.run()
case "engines":
    try EngineBenchmark.run()
default:
    print("usage: callharness-bench [engines|calibrate]")
    exit(2)
}
