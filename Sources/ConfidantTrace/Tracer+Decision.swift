import Foundation

extension Tracer {
    /// Applies the decision rule to scored candidates (most probable first).
    ///
    /// A candidate "clears" the threshold when its own match probability (prior and Bayes
    /// factor, ignoring the other candidates) reaches ``Thresholds/matchProbability``.
    /// - `match`: exactly one clears it, its probability allowing for the others also reaches
    ///   the threshold, and the runner-up's match weight is at least ``Thresholds/marginBits`` lower;
    /// - `ambiguous`: several clear it, or one does but the runner-up is within the margin;
    /// - `noMatch`: none clears it.
    func decide(_ candidates: [TraceCandidate], stage: TraceResult.Stage) -> TraceResult {
        let thresholds = model.thresholds
        let clearWeight = log2(thresholds.matchProbability / (1 - thresholds.matchProbability))
        let clearing = candidates.filter { $0.matchWeight >= clearWeight }
        guard let top = clearing.first else {
            return TraceResult(outcome: .noMatch, stage: stage, candidates: candidates)
        }
        guard clearing.count == 1 else {
            return TraceResult(outcome: .ambiguous, stage: stage, candidates: candidates)
        }
        let runnerUp = candidates.count > 1 ? candidates[1].matchWeight : -Double.infinity
        guard top.matchWeight - runnerUp >= thresholds.marginBits, top.probability >= thresholds.matchProbability
        else {
            return TraceResult(outcome: .ambiguous, stage: stage, candidates: candidates)
        }
        return TraceResult(outcome: .match, stage: stage, candidates: candidates, matchedNHSNumber: top.nhsNumber)
    }
}
