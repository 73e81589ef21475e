
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's041489fa7f9e6fe6': str`${0} más`,
's06f2d6622a5cfc1c': `Visita`,
's0745c58a263de87f': str`${0} día`,
's08d5c09073b4fa47': `En línea y presencial`,
's163eda8ddbb113ba': `Organizador`,
's167ecd3b7b271a21': `Taller ministerial`,
's1a023de50438f5ec': `Ceremonia de clausura`,
's28f967a2c8524fd5': str`${0} participantes`,
's2926770e04bb015b': str`${0} país`,
's41f79c05d050f842': `Este evento no se puede mostrar.`,
's441523f9c9f1fae7': `El servidor no lo encontró.`,
's4a278ade0c4ebf67': `Cobertura mediática`,
's51a8da649addf497': `El servidor envió algo que no son datos de un evento.`,
's5e22e07713a23319': str`${0} de ${1}`,
's5f861a4436c6049a': `Reunión`,
's62fb7af4759804d1': `por la noche`,
's678bace75d085a0f': `Ceremonias de apertura y clausura`,
's680952aa9f52f44b': `Cargando evento…`,
's6b05f9d8801fc14f': `Anfitrión`,
's85f17598b8c37f8c': `Su dirección no está permitida.`,
's89649937ddef97b1': str`${0}, ${1}`,
's91f9e8ae3e267b21': `por la tarde`,
's92921878e886e36d': `Duración`,
's96d91ac246fd7abc': `Lugar`,
's9976b5befb314c64': str`${0} días`,
's99e9f4436a689507': `Presencial`,
's9d517be648c2c91b': str`${0} países`,
'sa3feaae3ec0a85a3': `No se pudo cargar este evento.`,
'sa404ad5ac5c6aec3': str`Participantes de ${0}`,
'sb03cfedc79b15424': str`${0} participante`,
'sc91a5202809f600b': `El servidor tardó demasiado en responder.`,
'scd1dd6ff53d0d01a': `Reintentar`,
'sd75586cbefa995b5': `por la mañana`,
'sdc13a36e2a6f26b8': `Sus datos no son válidos.`,
'se074553029964610': `Seminario`,
'seadeb3a807d7478a': `En línea`,
'sf3ef633c73ddd2bc': `Compruebe su conexión.`,
'sf828d63bc2a0c721': `Ceremonia de apertura`,
    };
  