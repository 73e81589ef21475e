
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's041489fa7f9e6fe6': str`${0} de plus`,
's06f2d6622a5cfc1c': `Visite`,
's0745c58a263de87f': str`${0} jour`,
's08d5c09073b4fa47': `En ligne et en présentiel`,
's163eda8ddbb113ba': `Organisateur`,
's167ecd3b7b271a21': `Atelier ministériel`,
's1a023de50438f5ec': `Cérémonie de clôture`,
's28f967a2c8524fd5': str`${0} participants`,
's2926770e04bb015b': str`${0} pays`,
's41f79c05d050f842': `Cet événement ne peut pas être affiché.`,
's441523f9c9f1fae7': `Le serveur ne l’a pas trouvé.`,
's4a278ade0c4ebf67': `Couverture médiatique`,
's51a8da649addf497': `Le serveur a envoyé autre chose que des données d’événement.`,
's5e22e07713a23319': str`${0} de ${1}`,
's5f861a4436c6049a': `Réunion`,
's62fb7af4759804d1': `en soirée`,
's678bace75d085a0f': `Cérémonies d’ouverture et de clôture`,
's680952aa9f52f44b': `Chargement de l’événement…`,
's6b05f9d8801fc14f': `Hôte`,
's85f17598b8c37f8c': `Son adresse n’est pas autorisée.`,
's89649937ddef97b1': str`${0}, ${1}`,
's91f9e8ae3e267b21': `dans l’après-midi`,
's92921878e886e36d': `Durée`,
's96d91ac246fd7abc': `Lieu`,
's9976b5befb314c64': str`${0} jours`,
's99e9f4436a689507': `En présentiel`,
's9d517be648c2c91b': str`${0} pays`,
'sa3feaae3ec0a85a3': `Impossible de charger cet événement.`,
'sa404ad5ac5c6aec3': str`Participants de ${0}`,
'sb03cfedc79b15424': str`${0} participant`,
'sc91a5202809f600b': `Le serveur a mis trop de temps à répondre.`,
'scd1dd6ff53d0d01a': `Réessayer`,
'sd75586cbefa995b5': `dans la matinée`,
'sdc13a36e2a6f26b8': `Ses données ne sont pas valides.`,
'se074553029964610': `Séminaire`,
'seadeb3a807d7478a': `En ligne`,
'sf3ef633c73ddd2bc': `Vérifiez votre connexion.`,
'sf828d63bc2a0c721': `Cérémonie d’ouverture`,
    };
  