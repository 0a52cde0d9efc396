#include <flite/flite.h>

/* The voice registration functions are in no installed header. */
cst_voice *register_cmu_us_kal(const char *voxdir);
cst_voice *register_cmu_us_kal16(const char *voxdir);
cst_voice *register_cmu_us_slt(const char *voxdir);
cst_voice *register_cmu_us_rms(const char *voxdir);
cst_voice *register_cmu_us_awb(const char *voxdir);

/* Set the voice's duration_stretch (the speaking rate: 1 / rate).
 * flite keeps the feature name's pointer, not a copy (cst_features.h: "Feature names
 * are expected to be literals"), so the name must be a C literal: a string bridged
 * from Swift is a temporary, and a later lookup would compare against freed memory. */
static inline void callharness_flite_set_duration_stretch(cst_voice *voice, float value) {
    feat_set_float(voice->features, "duration_stretch", value);
}

/* The CMU lexicon (cmulex): pronunciations and letter-to-sound rules. Idempotent. */
cst_lexicon *cmu_lex_init(void);
