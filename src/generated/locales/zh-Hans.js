
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's041489fa7f9e6fe6': str`另外${0}个`,
's06f2d6622a5cfc1c': `参访`,
's0745c58a263de87f': str`${0}天`,
's08d5c09073b4fa47': `线上线下结合`,
's163eda8ddbb113ba': `承办单位`,
's167ecd3b7b271a21': `部级研讨班`,
's1a023de50438f5ec': `结业仪式`,
's28f967a2c8524fd5': str`${0}名学员`,
's2926770e04bb015b': str`${0}个国家`,
's41f79c05d050f842': `无法显示此活动。`,
's441523f9c9f1fae7': `服务器未找到该活动。`,
's4a278ade0c4ebf67': `媒体报道`,
's51a8da649addf497': `服务器返回的不是活动数据。`,
's5e22e07713a23319': str`来自${1}的${0}`,
's5f861a4436c6049a': `会议`,
's62fb7af4759804d1': `晚上`,
's678bace75d085a0f': `开班及结业仪式`,
's680952aa9f52f44b': `正在加载活动…`,
's6b05f9d8801fc14f': `主办单位`,
's85f17598b8c37f8c': `活动地址不被允许。`,
's89649937ddef97b1': str`${0}${1}`,
's91f9e8ae3e267b21': `下午`,
's92921878e886e36d': `时长`,
's96d91ac246fd7abc': `地点`,
's9976b5befb314c64': str`${0}天`,
's99e9f4436a689507': `线下`,
's9d517be648c2c91b': str`${0}个国家`,
'sa3feaae3ec0a85a3': `无法加载此活动。`,
'sa404ad5ac5c6aec3': str`学员来自${0}`,
'sb03cfedc79b15424': str`${0}名学员`,
'sc91a5202809f600b': `服务器响应超时。`,
'scd1dd6ff53d0d01a': `重试`,
'sd75586cbefa995b5': `上午`,
'sdc13a36e2a6f26b8': `活动数据无效。`,
'se074553029964610': `研修班`,
'seadeb3a807d7478a': `线上`,
'sf3ef633c73ddd2bc': `请检查网络连接。`,
'sf828d63bc2a0c721': `开班仪式`,
    };
  