#include <pocketsphinx.h>
#include <sphinxbase/cmn.h>
#include <sphinxbase/err.h>

/* Typed accessors: Swift cannot reach through feat_t's macros. */
static inline cmn_t *callharness_ps_cmn(ps_decoder_t *ps) {
    feat_t *feat = ps_get_feat(ps);
    return feat ? feat->cmn_struct : (cmn_t *)0;
}
