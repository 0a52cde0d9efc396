#include <flite/flite.h>

/* The voice registration functions are in no installed header. */
cst_voice *register_cmu_us_kal(const char *voxdir);
cst_voice *register_cmu_us_kal16(const char *voxdir);
cst_voice *register_cmu_us_slt(const char *voxdir);
cst_voice *register_cmu_us_rms(const char *voxdir);
cst_voice *register_cmu_us_awb(const char *voxdir);

/* Set a float feature on a voice (duration_stretch controls the speaking rate). */
static inline void callharness_flite_set_float(cst_voice *voice, const char *name, float value) {
    feat_set_float(voice->features, name, value);
}

/* The CMU lexicon (cmulex): pronunciations and letter-to-sound rules. Idempotent. */
cst_lexicon *cmu_lex_init(void);
