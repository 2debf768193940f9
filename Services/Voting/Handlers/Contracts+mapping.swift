import EventContracts
import Foundation
import Postgres
import PricingDomain
import VotingDomain

// The domain's enums and the event contract's enums carry the same wire names; these map them
// without a failable `rawValue` round trip.

extension PricingDomain.VoteType {
    var contract: EventContracts.VoteType {
        switch self {
        case .under: .under
        case .fair: .fair
        case .over: .over
        }
    }
}

extension EventContracts.VoteType {
    var domain: PricingDomain.VoteType {
        switch self {
        case .under: .under
        case .fair: .fair
        case .over: .over
        }
    }
}

extension VotingDomain.VoteRejectionReason {
    var contract: EventContracts.VoteRejectionReason {
        switch self {
        case .noCredits: .noCredits
        case .unknownBrick: .unknownBrick
        case .unknownUser: .unknownUser
        case .rateLimited: .rateLimited
        case .banned: .banned
        }
    }
}

extension VotingDomain.XPReason {
    var contract: EventContracts.XPReason {
        switch self {
        case .vote: .vote
        case .streak: .streak
        case .recheck: .recheck
        case .accuracy: .accuracy
        }
    }
}

extension EventContracts.CycleDirection {
    var domain: PricingDomain.CycleDirection {
        switch self {
        case .up: .up
        case .down: .down
        case .none: .none
        }
    }
}
