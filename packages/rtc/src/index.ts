/** @since 0.1.0 */

/**
 * RTC `AddStream`: announces a stream in a room (no media is published).
 *
 * @since 0.1.0
 */
export * as AddStream from "./AddStream.js"

/**
 * RTC `ClearCDNTransferRule`: removes every CDN relay of a stream.
 *
 * @since 0.1.0
 */
export * as ClearCDNTransferRule from "./ClearCDNTransferRule.js"

/**
 * RTC `CloseRoom`: closes a room and signs every user out of it.
 *
 * @since 0.1.0
 */
export * as CloseRoom from "./CloseRoom.js"

/**
 * RTC `CreatCDNTransferRule`: relays a stream to a CDN address.
 *
 * @since 0.1.0
 */
export * as CreatCDNTransferRule from "./CreatCDNTransferRule.js"

/**
 * RTC `DelForbidStreamRule`: deletes the publishing ban of a stream.
 *
 * @since 0.1.0
 */
export * as DelForbidStreamRule from "./DelForbidStreamRule.js"

/**
 * RTC `DelForbidUserRule`: deletes a rule that bans users from a room.
 *
 * @since 0.1.0
 */
export * as DelForbidUserRule from "./DelForbidUserRule.js"

/**
 * RTC `DeleteCDNTransferRule`: stops relaying a stream to one CDN address.
 *
 * @since 0.1.0
 */
export * as DeleteCDNTransferRule from "./DeleteCDNTransferRule.js"

/**
 * RTC `DeleteMedia`: deletes recorded media files from the CDN vendor's storage.
 *
 * @since 0.1.0
 */
export * as DeleteMedia from "./DeleteMedia.js"

/**
 * RTC `DeleteStream`: announces that a stream left a room.
 *
 * @since 0.1.0
 */
export * as DeleteStream from "./DeleteStream.js"

/**
 * RTC `DescribeForbidStreamRules`: the publishing bans of up to 10 streams.
 *
 * @since 0.1.0
 */
export * as DescribeForbidStreamRules from "./DescribeForbidStreamRules.js"

/**
 * RTC `DescribeForbidUserRules`: the rules of one type that ban users.
 *
 * @since 0.1.0
 */
export * as DescribeForbidUserRules from "./DescribeForbidUserRules.js"

/**
 * RTC `DescribeMediaTask`: the state of a media task (merge, transcode or thumbnails).
 *
 * @since 0.1.0
 */
export * as DescribeMediaTask from "./DescribeMediaTask.js"

/**
 * RTC `DescribeRTCStreamState`: whether a stream exists and is active.
 *
 * @since 0.1.0
 */
export * as DescribeRTCStreamState from "./DescribeRTCStreamState.js"

/**
 * RTC `DescribeSimpleStreamList`: the streams of a room.
 *
 * @since 0.1.0
 */
export * as DescribeSimpleStreamList from "./DescribeSimpleStreamList.js"

/**
 * RTC `DescribeUserList`: one page of a room's users.
 *
 * @since 0.1.0
 */
export * as DescribeUserList from "./DescribeUserList.js"

/**
 * RTC `DescribeUserNum`: how many users each of up to 10 rooms holds.
 *
 * @since 0.1.0
 */
export * as DescribeUserNum from "./DescribeUserNum.js"

/**
 * RTC `DescribeUsers`: whether up to 10 users are in a room, their role and login time.
 *
 * @since 0.1.0
 */
export * as DescribeUsers from "./DescribeUsers.js"

/**
 * RTC `ForbidCDNLiveStream`: stops a CDN live stream from being published.
 *
 * @since 0.1.0
 */
export * as ForbidCDNLiveStream from "./ForbidCDNLiveStream.js"

/**
 * RTC `ForbidRTCStream`: stops one stream from being published.
 *
 * @since 0.1.0
 */
export * as ForbidRTCStream from "./ForbidRTCStream.js"

/**
 * RTC `ForbidRTCStreams`: stops up to 20 streams from being published.
 *
 * @since 0.1.0
 */
export * as ForbidRTCStreams from "./ForbidRTCStreams.js"

/**
 * RTC `GenerateIdentifyToken`: a token for the stream moderation service.
 *
 * @since 0.1.0
 */
export * as GenerateIdentifyToken from "./GenerateIdentifyToken.js"

/**
 * RTC `GetMixTaskInfo`: the state of a stream-mixing task.
 *
 * @since 0.1.0
 */
export * as GetMixTaskInfo from "./GetMixTaskInfo.js"

/**
 * RTC `KickoutUser`: signs up to 5 users out of a room.
 *
 * @since 0.1.0
 */
export * as KickoutUser from "./KickoutUser.js"

/**
 * RTC `MediaThumbnails`: starts a thumbnail task on a media file.
 *
 * @since 0.1.0
 */
export * as MediaThumbnails from "./MediaThumbnails.js"

/**
 * RTC `MergeMedia`: starts merging media files into one.
 *
 * @since 0.1.0
 */
export * as MergeMedia from "./MergeMedia.js"

/**
 * RTC `QueryForbidCDNLiveStream`: the CDN live streams whose publishing is forbidden.
 *
 * @since 0.1.0
 */
export * as QueryForbidCDNLiveStream from "./QueryForbidCDNLiveStream.js"

/**
 * RTC `RTMPDispatchV2`: the RTMP node (as a URL) to publish or play a stream.
 *
 * @since 0.1.0
 */
export * as RTMPDispatchV2 from "./RTMPDispatchV2.js"

/**
 * RTC `ResumeCDNLiveStream`: lets a forbidden CDN live stream be published again.
 *
 * @since 0.1.0
 */
export * as ResumeCDNLiveStream from "./ResumeCDNLiveStream.js"

/**
 * RTC `ResumeRTCStream`: lets a forbidden stream be published again.
 *
 * @since 0.1.0
 */
export * as ResumeRTCStream from "./ResumeRTCStream.js"

/**
 * RTC `ResumeRTCStreams`: lets up to 20 forbidden streams be published again.
 *
 * @since 0.1.0
 */
export * as ResumeRTCStreams from "./ResumeRTCStreams.js"

/**
 * Every RTC Action, by method name.
 *
 * @since 0.1.0
 */
export * as RtcActions from "./RtcActions.js"

/**
 * Errors shared by RTC Actions.
 *
 * @since 0.1.0
 */
export * as RtcErrors from "./RtcErrors.js"

/**
 * The RTC service.
 *
 * @since 0.1.0
 */
export * as RtcService from "./RtcService.js"

/**
 * RTC `SearchMedia`: searches the recorded media files.
 *
 * @since 0.1.0
 */
export * as SearchMedia from "./SearchMedia.js"

/**
 * RTC `SendBarrageMessage`: sends a barrage (high-volume, best-effort) message to a room.
 *
 * @since 0.1.0
 */
export * as SendBarrageMessage from "./SendBarrageMessage.js"

/**
 * RTC `SendBroadcastMessage`: sends a broadcast message to a room.
 *
 * @since 0.1.0
 */
export * as SendBroadcastMessage from "./SendBroadcastMessage.js"

/**
 * RTC `SendCustomCommand`: sends a custom command to a room or to up to 10 of its users.
 *
 * @since 0.1.0
 */
export * as SendCustomCommand from "./SendCustomCommand.js"

/**
 * RTC `SetForbidStreamRule`: bans the audio or video of a stream for a while.
 *
 * @since 0.1.0
 */
export * as SetForbidStreamRule from "./SetForbidStreamRule.js"

/**
 * RTC `SetForbidUserRule`: bans users, by IP, room or user ID, from logging in or publishing.
 *
 * @since 0.1.0
 */
export * as SetForbidUserRule from "./SetForbidUserRule.js"

/**
 * RTC `SetSceneTemplate`: creates a scene template (map bounds and area-of-interest limits).
 *
 * @since 0.1.0
 */
export * as SetSceneTemplate from "./SetSceneTemplate.js"

/**
 * RTC `StartAutoMix`: starts (or updates) mixing every audio stream of a room automatically.
 *
 * @since 0.1.0
 */
export * as StartAutoMix from "./StartAutoMix.js"

/**
 * RTC `StartCDNRecord`: starts recording streams on the CDN.
 *
 * @since 0.1.0
 */
export * as StartCDNRecord from "./StartCDNRecord.js"

/**
 * RTC `StartCensorAudioV2`: starts moderating the audio of a room.
 *
 * @since 0.1.0
 */
export * as StartCensorAudioV2 from "./StartCensorAudioV2.js"

/**
 * RTC `StartCensorVideoV2`: starts moderating the video (and audio) of a room.
 *
 * @since 0.1.0
 */
export * as StartCensorVideoV2 from "./StartCensorVideoV2.js"

/**
 * RTC `StartCloudTranscode`: starts (or updates) transcoding one stream in the cloud.
 *
 * @since 0.1.0
 */
export * as StartCloudTranscode from "./StartCloudTranscode.js"

/**
 * RTC `StartMix`: starts (or updates) a stream-mixing task.
 *
 * @since 0.1.0
 */
export * as StartMix from "./StartMix.js"

/**
 * RTC `StopAutoMix`: stops an automatic mixing task.
 *
 * @since 0.1.0
 */
export * as StopAutoMix from "./StopAutoMix.js"

/**
 * RTC `StopCDNRecord`: stops recording streams on the CDN.
 *
 * @since 0.1.0
 */
export * as StopCDNRecord from "./StopCDNRecord.js"

/**
 * RTC `StopCensorAudioV2`: stops an audio moderation task.
 *
 * @since 0.1.0
 */
export * as StopCensorAudioV2 from "./StopCensorAudioV2.js"

/**
 * RTC `StopCensorVideoV2`: stops a video moderation task.
 *
 * @since 0.1.0
 */
export * as StopCensorVideoV2 from "./StopCensorVideoV2.js"

/**
 * RTC `StopCloudTranscode`: stops a cloud transcoding task.
 *
 * @since 0.1.0
 */
export * as StopCloudTranscode from "./StopCloudTranscode.js"

/**
 * RTC `StopMix`: stops a stream-mixing task.
 *
 * @since 0.1.0
 */
export * as StopMix from "./StopMix.js"

/**
 * RTC `TranscodeMedia`: starts transcoding a media file to 360p, 540p or 720p.
 *
 * @since 0.1.0
 */
export * as TranscodeMedia from "./TranscodeMedia.js"
