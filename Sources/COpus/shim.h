#include <opus.h>

/* opus_encoder_ctl is variadic; Swift needs typed entry points. */
static inline int callharness_opus_set_bitrate(OpusEncoder *e, opus_int32 bps) { return opus_encoder_ctl(e, OPUS_SET_BITRATE(bps)); }
static inline int callharness_opus_set_complexity(OpusEncoder *e, opus_int32 c) { return opus_encoder_ctl(e, OPUS_SET_COMPLEXITY(c)); }
static inline int callharness_opus_set_signal_voice(OpusEncoder *e) { return opus_encoder_ctl(e, OPUS_SET_SIGNAL(OPUS_SIGNAL_VOICE)); }
static inline int callharness_opus_lookahead(OpusEncoder *e) { opus_int32 n = 0; opus_encoder_ctl(e, OPUS_GET_LOOKAHEAD(&n)); return n; }
