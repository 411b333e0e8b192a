/**
 * Every RTC Action, by the name of its `RtcService` method (the Action's name in camelCase). `RtcService` maps
 * this record to its methods, so that each keeps its precise input, success and error types.
 *
 * Generated from the vendor's files by `codegen/generate.ts`.
 *
 * @since 0.1.0
 */

import * as AddStream from "./AddStream.js"
import * as ClearCDNTransferRule from "./ClearCDNTransferRule.js"
import * as CloseRoom from "./CloseRoom.js"
import * as CreatCDNTransferRule from "./CreatCDNTransferRule.js"
import * as DeleteCDNTransferRule from "./DeleteCDNTransferRule.js"
import * as DeleteMedia from "./DeleteMedia.js"
import * as DeleteStream from "./DeleteStream.js"
import * as DelForbidStreamRule from "./DelForbidStreamRule.js"
import * as DelForbidUserRule from "./DelForbidUserRule.js"
import * as DescribeForbidStreamRules from "./DescribeForbidStreamRules.js"
import * as DescribeForbidUserRules from "./DescribeForbidUserRules.js"
import * as DescribeMediaTask from "./DescribeMediaTask.js"
import * as DescribeRTCStreamState from "./DescribeRTCStreamState.js"
import * as DescribeSimpleStreamList from "./DescribeSimpleStreamList.js"
import * as DescribeUserList from "./DescribeUserList.js"
import * as DescribeUserNum from "./DescribeUserNum.js"
import * as DescribeUsers from "./DescribeUsers.js"
import * as ForbidCDNLiveStream from "./ForbidCDNLiveStream.js"
import * as ForbidRTCStream from "./ForbidRTCStream.js"
import * as ForbidRTCStreams from "./ForbidRTCStreams.js"
import * as GenerateIdentifyToken from "./GenerateIdentifyToken.js"
import * as GetMixTaskInfo from "./GetMixTaskInfo.js"
import * as KickoutUser from "./KickoutUser.js"
import * as MediaThumbnails from "./MediaThumbnails.js"
import * as MergeMedia from "./MergeMedia.js"
import * as QueryForbidCDNLiveStream from "./QueryForbidCDNLiveStream.js"
import * as ResumeCDNLiveStream from "./ResumeCDNLiveStream.js"
import * as ResumeRTCStream from "./ResumeRTCStream.js"
import * as ResumeRTCStreams from "./ResumeRTCStreams.js"
import * as RTMPDispatchV2 from "./RTMPDispatchV2.js"
import * as SearchMedia from "./SearchMedia.js"
import * as SendBarrageMessage from "./SendBarrageMessage.js"
import * as SendBroadcastMessage from "./SendBroadcastMessage.js"
import * as SendCustomCommand from "./SendCustomCommand.js"
import * as SetForbidStreamRule from "./SetForbidStreamRule.js"
import * as SetForbidUserRule from "./SetForbidUserRule.js"
import * as SetSceneTemplate from "./SetSceneTemplate.js"
import * as StartAutoMix from "./StartAutoMix.js"
import * as StartCDNRecord from "./StartCDNRecord.js"
import * as StartCensorAudioV2 from "./StartCensorAudioV2.js"
import * as StartCensorVideoV2 from "./StartCensorVideoV2.js"
import * as StartCloudTranscode from "./StartCloudTranscode.js"
import * as StartMix from "./StartMix.js"
import * as StopAutoMix from "./StopAutoMix.js"
import * as StopCDNRecord from "./StopCDNRecord.js"
import * as StopCensorAudioV2 from "./StopCensorAudioV2.js"
import * as StopCensorVideoV2 from "./StopCensorVideoV2.js"
import * as StopCloudTranscode from "./StopCloudTranscode.js"
import * as StopMix from "./StopMix.js"
import * as TranscodeMedia from "./TranscodeMedia.js"

/**
 * The 50 RTC Actions.
 *
 * @since 0.1.0
 * @category registry
 */
export const actions = {
  addStream: AddStream.AddStream,
  clearCDNTransferRule: ClearCDNTransferRule.ClearCDNTransferRule,
  closeRoom: CloseRoom.CloseRoom,
  creatCDNTransferRule: CreatCDNTransferRule.CreatCDNTransferRule,
  delForbidStreamRule: DelForbidStreamRule.DelForbidStreamRule,
  delForbidUserRule: DelForbidUserRule.DelForbidUserRule,
  deleteCDNTransferRule: DeleteCDNTransferRule.DeleteCDNTransferRule,
  deleteMedia: DeleteMedia.DeleteMedia,
  deleteStream: DeleteStream.DeleteStream,
  describeForbidStreamRules: DescribeForbidStreamRules.DescribeForbidStreamRules,
  describeForbidUserRules: DescribeForbidUserRules.DescribeForbidUserRules,
  describeMediaTask: DescribeMediaTask.DescribeMediaTask,
  describeRTCStreamState: DescribeRTCStreamState.DescribeRTCStreamState,
  describeSimpleStreamList: DescribeSimpleStreamList.DescribeSimpleStreamList,
  describeUserList: DescribeUserList.DescribeUserList,
  describeUserNum: DescribeUserNum.DescribeUserNum,
  describeUsers: DescribeUsers.DescribeUsers,
  forbidCDNLiveStream: ForbidCDNLiveStream.ForbidCDNLiveStream,
  forbidRTCStream: ForbidRTCStream.ForbidRTCStream,
  forbidRTCStreams: ForbidRTCStreams.ForbidRTCStreams,
  generateIdentifyToken: GenerateIdentifyToken.GenerateIdentifyToken,
  getMixTaskInfo: GetMixTaskInfo.GetMixTaskInfo,
  kickoutUser: KickoutUser.KickoutUser,
  mediaThumbnails: MediaThumbnails.MediaThumbnails,
  mergeMedia: MergeMedia.MergeMedia,
  queryForbidCDNLiveStream: QueryForbidCDNLiveStream.QueryForbidCDNLiveStream,
  rtmpDispatchV2: RTMPDispatchV2.RTMPDispatchV2,
  resumeCDNLiveStream: ResumeCDNLiveStream.ResumeCDNLiveStream,
  resumeRTCStream: ResumeRTCStream.ResumeRTCStream,
  resumeRTCStreams: ResumeRTCStreams.ResumeRTCStreams,
  searchMedia: SearchMedia.SearchMedia,
  sendBarrageMessage: SendBarrageMessage.SendBarrageMessage,
  sendBroadcastMessage: SendBroadcastMessage.SendBroadcastMessage,
  sendCustomCommand: SendCustomCommand.SendCustomCommand,
  setForbidStreamRule: SetForbidStreamRule.SetForbidStreamRule,
  setForbidUserRule: SetForbidUserRule.SetForbidUserRule,
  setSceneTemplate: SetSceneTemplate.SetSceneTemplate,
  startAutoMix: StartAutoMix.StartAutoMix,
  startCDNRecord: StartCDNRecord.StartCDNRecord,
  startCensorAudioV2: StartCensorAudioV2.StartCensorAudioV2,
  startCensorVideoV2: StartCensorVideoV2.StartCensorVideoV2,
  startCloudTranscode: StartCloudTranscode.StartCloudTranscode,
  startMix: StartMix.StartMix,
  stopAutoMix: StopAutoMix.StopAutoMix,
  stopCDNRecord: StopCDNRecord.StopCDNRecord,
  stopCensorAudioV2: StopCensorAudioV2.StopCensorAudioV2,
  stopCensorVideoV2: StopCensorVideoV2.StopCensorVideoV2,
  stopCloudTranscode: StopCloudTranscode.StopCloudTranscode,
  stopMix: StopMix.StopMix,
  transcodeMedia: TranscodeMedia.TranscodeMedia
}

/**
 * The registry's type.
 *
 * @since 0.1.0
 * @category registry
 */
export type Actions = typeof actions
