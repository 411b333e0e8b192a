/**
 * RTC `SearchMedia`: searches the recorded media files. GET, 20 requests/s.
 *
 * Generated from the vendor's `rtc/cdn/search-media.yaml`.
 *
 * @since 0.1.0
 */

import { Action, Rules, ZegoError } from "@effect-zego/core"
import * as Schema from "effect/Schema"
import * as RtcErrors from "./RtcErrors.js"

/**
 * 8: the server could not get the authentication configuration.
 *
 * @since 0.1.0
 * @category errors
 */
export class AuthConfigUnavailable extends ZegoError.ApiError<AuthConfigUnavailable>()("AuthConfigUnavailable", {
  meaning: "the server could not get the authentication configuration"
}) {}

/**
 * The input of SearchMedia, with its documented limits; it is sent as the query parameters.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Request = Schema.Struct({
  /** One of "Tencent", "Ws", "Huawei". */
  Vendor: Rules.string({ enum: ["Tencent", "Ws", "Huawei"] }),
  /** At most 20 bytes. */
  NamePrefix: Schema.optional(Rules.string({ maxBytes: 20 })),
  StartTime: Schema.optional(Rules.number({ int: true })),
  EndTime: Schema.optional(Rules.number({ int: true })),
  PageSize: Schema.optional(Rules.number({ int: true })),
  PageNumber: Schema.optional(Rules.number({ int: true })),
  /** 1 to 10 items; each not empty. */
  FileId: Schema.optional(Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 10 })),
  /** 1 to 10 items; each not empty. */
  StreamId: Schema.optional(Rules.array(Rules.string({ minLength: 1 }), { minItems: 1, maxItems: 10 })),
  Marker: Schema.optional(Rules.string()),
  /** An integer from 1 to 1000. Server default: 1000. */
  MaxKeys: Schema.optional(Rules.number({ int: true, minimum: 1, maximum: 1000 }))
})

/**
 * One item of `Data.Tencent.MediaInfoSet[].TranscodeInfo.TranscodeSet[].VideoStreamSet`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const VideoStream = Schema.Struct({
  Bitrate: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Height: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Width: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Codec: Schema.optionalWith(Schema.String, { default: () => "" }),
  Fps: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  CodecTag: Schema.optionalWith(Schema.String, { default: () => "" }),
  DynamicRangeInfo: Schema.optionalWith(
    Schema.Struct({
      Type: Schema.optionalWith(Schema.String, { default: () => "" }),
      HDRType: Schema.optionalWith(Schema.String, { default: () => "" })
    }),
    { default: () => ({ Type: "", HDRType: "" }) }
  )
})

/**
 * @since 0.1.0
 * @category models
 */
export type VideoStream = typeof VideoStream.Type

/**
 * One item of `Data.Tencent.MediaInfoSet[].TranscodeInfo.TranscodeSet[].AudioStreamSet`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const AudioStream = Schema.Struct({
  Bitrate: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  SamplingRate: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Codec: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type AudioStream = typeof AudioStream.Type

/**
 * One item of `Data.Tencent.MediaInfoSet[].TranscodeInfo.TranscodeSet`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Transcode = Schema.Struct({
  Url: Schema.optionalWith(Schema.String, { default: () => "" }),
  Definition: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Bitrate: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Height: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Width: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Size: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Duration: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  Md5: Schema.optionalWith(Schema.String, { default: () => "" }),
  Container: Schema.optionalWith(Schema.String, { default: () => "" }),
  VideoStreamSet: Schema.optionalWith(Schema.Array(VideoStream), { default: () => [] }),
  AudioStreamSet: Schema.optionalWith(Schema.Array(AudioStream), { default: () => [] }),
  DigitalWatermarkType: Schema.optionalWith(Schema.String, { default: () => "" }),
  CopyRightWatermarkText: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Transcode = typeof Transcode.Type

/**
 * One item of `Data.Tencent.MediaInfoSet`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const MediaInfo = Schema.Struct({
  FileId: Schema.String,
  BasicInfo: Schema.optionalWith(
    Schema.Struct({
      Name: Schema.optionalWith(Schema.String, { default: () => "" }),
      Description: Schema.optionalWith(Schema.String, { default: () => "" }),
      CreateTime: Schema.optionalWith(Schema.String, { default: () => "" }),
      UpdateTime: Schema.optionalWith(Schema.String, { default: () => "" }),
      ExpireTime: Schema.optionalWith(Schema.String, { default: () => "" }),
      ClassId: Schema.optionalWith(Schema.Number, { default: () => 0 }),
      ClassName: Schema.optionalWith(Schema.String, { default: () => "" }),
      ClassPath: Schema.optionalWith(Schema.String, { default: () => "" }),
      CoverUrl: Schema.optionalWith(Schema.String, { default: () => "" }),
      Type: Schema.optionalWith(Schema.String, { default: () => "" }),
      IntranetMediaUrl: Schema.optionalWith(Schema.String, { default: () => "" }),
      MediaUrl: Schema.optionalWith(Schema.String, { default: () => "" }),
      SourceInfo: Schema.optionalWith(
        Schema.Struct({
          SourceType: Schema.optionalWith(Schema.String, { default: () => "" }),
          SourceContext: Schema.optionalWith(Schema.String, { default: () => "" })
        }),
        { default: () => ({ SourceType: "", SourceContext: "" }) }
      ),
      StorageRegion: Schema.optionalWith(Schema.String, { default: () => "" }),
      Vid: Schema.optionalWith(Schema.String, { default: () => "" }),
      Category: Schema.optionalWith(Schema.String, { default: () => "" }),
      Status: Schema.optionalWith(Schema.String, { default: () => "" }),
      StorageClass: Schema.optionalWith(Schema.String, { default: () => "" })
    }),
    {
      default: () => ({
        Name: "",
        Description: "",
        CreateTime: "",
        UpdateTime: "",
        ExpireTime: "",
        ClassId: 0,
        ClassName: "",
        ClassPath: "",
        CoverUrl: "",
        Type: "",
        IntranetMediaUrl: "",
        MediaUrl: "",
        SourceInfo: { SourceType: "", SourceContext: "" },
        StorageRegion: "",
        Vid: "",
        Category: "",
        Status: "",
        StorageClass: ""
      })
    }
  ),
  TranscodeInfo: Schema.optionalWith(
    Schema.Struct({
      TranscodeSet: Schema.optionalWith(Schema.Array(Transcode), { default: () => [] })
    }),
    { default: () => ({ TranscodeSet: [] }) }
  )
})

/**
 * @since 0.1.0
 * @category models
 */
export type MediaInfo = typeof MediaInfo.Type

/**
 * One item of `Data.Huawei.Keys`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Key = Schema.Struct({
  ETag: Schema.optionalWith(Schema.String, { default: () => "" }),
  Key: Schema.optionalWith(Schema.String, { default: () => "" }),
  LastModified: Schema.optionalWith(Schema.String, { default: () => "" }),
  Size: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  MediaUrl: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type Key = typeof Key.Type

/**
 * One item of `Data.Ws.Keys`.
 *
 * @since 0.1.0
 * @category schemas
 */
export const WsKey = Schema.Struct({
  ETag: Schema.optionalWith(Schema.String, { default: () => "" }),
  Key: Schema.optionalWith(Schema.String, { default: () => "" }),
  LastModified: Schema.optionalWith(Schema.String, { default: () => "" }),
  Size: Schema.optionalWith(Schema.Number, { default: () => 0 }),
  MediaUrl: Schema.optionalWith(Schema.String, { default: () => "" })
})

/**
 * @since 0.1.0
 * @category models
 */
export type WsKey = typeof WsKey.Type

/**
 * The business fields of a successful answer; absent fields decode to their empty value.
 *
 * @since 0.1.0
 * @category schemas
 */
export const Response = Schema.Struct({
  Data: Schema.optionalWith(
    Schema.Struct({
      Tencent: Schema.optionalWith(
        Schema.Struct({
          RequestId: Schema.optionalWith(Schema.String, { default: () => "" }),
          TotalCount: Schema.optionalWith(Schema.Number, { default: () => 0 }),
          MediaInfoSet: Schema.optionalWith(Schema.Array(MediaInfo), { default: () => [] })
        }),
        { default: () => ({ RequestId: "", TotalCount: 0, MediaInfoSet: [] }) }
      ),
      Huawei: Schema.optionalWith(
        Schema.Struct({
          NextMarker: Schema.optionalWith(Schema.String, { default: () => "" }),
          Keys: Schema.optionalWith(Schema.Array(Key), { default: () => [] })
        }),
        { default: () => ({ NextMarker: "", Keys: [] }) }
      ),
      Ws: Schema.optionalWith(
        Schema.Struct({
          NextMarker: Schema.optionalWith(Schema.String, { default: () => "" }),
          Keys: Schema.optionalWith(Schema.Array(WsKey), { default: () => [] })
        }),
        { default: () => ({ NextMarker: "", Keys: [] }) }
      )
    }),
    {
      default: () => ({
        Tencent: { RequestId: "", TotalCount: 0, MediaInfoSet: [] },
        Huawei: { NextMarker: "", Keys: [] },
        Ws: { NextMarker: "", Keys: [] }
      })
    }
  )
})

/**
 * The codes of SearchMedia.
 *
 * @since 0.1.0
 * @category code tables
 */
export const errors = {
  ...RtcErrors.mediaFileCommon,
  8: AuthConfigUnavailable
} as const

/**
 * Idempotent: a read (Search…).
 *
 * @since 0.1.0
 * @category actions
 */
export const SearchMedia = Action.make({
  product: "rtc",
  name: "SearchMedia",
  method: "GET",
  request: Request,
  response: Response,
  qps: 20,
  summary: "searches the recorded media files",
  limits: {
    Vendor: "One of \"Tencent\", \"Ws\", \"Huawei\".",
    NamePrefix: "At most 20 bytes.",
    FileId: "1 to 10 items; each not empty.",
    StreamId: "1 to 10 items; each not empty.",
    MaxKeys: "An integer from 1 to 1000. Server default: 1000."
  },
  idempotent: true,
  errors
})
