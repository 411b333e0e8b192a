/**
 * Decisions a person made while reading the vendor's files: where a file contradicts itself or its
 * prose. The generator applies them; `notes` in the facts file and the report list each one.
 */
import type { Curation } from "./model.js"

const eitherStream = {
  required: false,
  why: "the description says to give StreamId or StreamUrl, one of the two; the required list names both"
}

/** Interpretations applied while building the model. */
export const curation: Curation = {
  required: {
    StartMix: {
      "MixInput[].StreamId": eitherStream,
      "MixInput[].StreamUrl": eitherStream,
      "MixOutput[].StreamId": eitherStream,
      "MixOutput[].StreamUrl": eitherStream
    },
    StartCloudTranscode: {
      "TranscodeInput.StreamId": eitherStream,
      "TranscodeInput.StreamUrl": eitherStream,
      "TranscodeOutput[].StreamId": eitherStream,
      "TranscodeOutput[].StreamUrl": eitherStream
    },
    // The file is shared with EditC2cMsgBody.
    EditGroupMsgBody: {
      SenderId: {
        required: false,
        why: "the file is shared with EditC2cMsgBody, and says SenderId is required for one-to-one messages only"
      }
    }
  },
  ignoreProseItems: new Set(),
  ignoreCharsetNotes: {
    StartMix: "its note limits every String parameter to a set without ':' and '?', which the URL parameters " +
      "(StreamUrl, Image.Url, BackgroundImage) cannot meet"
  },
  paramShapes: {
    SetGroupMemberRole: {
      Role: {
        shape: { kind: "number", int: true, minimum: 2 },
        why: "the enum lists 2 and 3, the description also allows custom roles (recommended 100..255); 1 (owner) " +
          "is refused by code 660600029"
      }
    }
  },
  responseShapes: {
    RTMPDispatchV2: {
      Data: {
        shape: { kind: "array", items: { kind: "string" } },
        why: "typed object without properties, but its example (and the V2 description: nodes as URLs) is a list " +
          "of URL strings"
      }
    }
  },
  codeFixes: {
    // "6607000015 The target user of the API is not registered": one digit too many.
    AddUsersToBlacklist: { 6607000015: 660700015 }
  },
  rateLimits: {
    QueryMessagesByMsgSeq: {
      qps: 1,
      why: "the warning says 20 messages/second, not 20 calls; one call may ask for 20 messages, so 1 call/s is " +
        "the reading that never exceeds it"
    }
  }
}
