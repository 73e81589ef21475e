
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's041489fa7f9e6fe6': str`mais ${0}`,
's06f2d6622a5cfc1c': `Visita`,
's0745c58a263de87f': str`${0} dia`,
's08d5c09073b4fa47': `On-line e presencial`,
's163eda8ddbb113ba': `Organizador`,
's167ecd3b7b271a21': `Oficina ministerial`,
's1a023de50438f5ec': `Cerimônia de encerramento`,
's28f967a2c8524fd5': str`${0} participantes`,
's2926770e04bb015b': str`${0} país`,
's41f79c05d050f842': `Não é possível exibir este evento.`,
's441523f9c9f1fae7': `O servidor não o encontrou.`,
's4a278ade0c4ebf67': `Cobertura da mídia`,
's51a8da649addf497': `O servidor enviou algo que não são dados de evento.`,
's5e22e07713a23319': str`${0} de ${1}`,
's5f861a4436c6049a': `Reunião`,
's62fb7af4759804d1': `à noite`,
's678bace75d085a0f': `Cerimônias de abertura e encerramento`,
's680952aa9f52f44b': `Carregando evento…`,
's6b05f9d8801fc14f': `Anfitrião`,
's85f17598b8c37f8c': `O endereço dele não é permitido.`,
's89649937ddef97b1': str`${0}, ${1}`,
's91f9e8ae3e267b21': `à tarde`,
's92921878e886e36d': `Duração`,
's96d91ac246fd7abc': `Local`,
's9976b5befb314c64': str`${0} dias`,
's99e9f4436a689507': `Presencial`,
's9d517be648c2c91b': str`${0} países`,
'sa3feaae3ec0a85a3': `Não foi possível carregar este evento.`,
'sa404ad5ac5c6aec3': str`Participantes de ${0}`,
'sb03cfedc79b15424': str`${0} participante`,
'sc91a5202809f600b': `O servidor demorou demais para responder.`,
'scd1dd6ff53d0d01a': `Tentar novamente`,
'sd75586cbefa995b5': `pela manhã`,
'sdc13a36e2a6f26b8': `Os dados dele não são válidos.`,
'se074553029964610': `Seminário`,
'seadeb3a807d7478a': `On-line`,
'sf3ef633c73ddd2bc': `Verifique sua conexão.`,
'sf828d63bc2a0c721': `Cerimônia de abertura`,
    };
  