import Foundation
import Receptionist

// callharness-bench [engines|calls|sweep|calibrate]: prints measured numbers; never part of the test suite.
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
default:
    print("usage: callharness-bench [engines|calls [--scripted]|sweep|calibrate]")
    exit(2)
}
