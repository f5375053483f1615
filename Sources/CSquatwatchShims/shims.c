#include "CSquatwatchShims.h"

#include <dlfcn.h>
#include <libxml/HTMLparser.h>
#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

CURLcode sqw_global_init(void) {
  /* Keep OpenSSL from registering its atexit cleanup, which races with curl
   * handles still being released on Dispatch threads at process exit. */
  typedef int (*init_crypto_fn)(uint64_t, const void *);
  init_crypto_fn init_crypto = (init_crypto_fn)dlsym(RTLD_DEFAULT, "OPENSSL_init_crypto");
  if (init_crypto != NULL) {
    init_crypto(0x00080000L /* OPENSSL_INIT_NO_ATEXIT */, NULL);
  }
  return curl_global_init(CURL_GLOBAL_DEFAULT);
}

CURLcode sqw_easy_set_long(CURL *handle, CURLoption option, long value) {
  return curl_easy_setopt(handle, option, value);
}

CURLcode sqw_easy_set_offset(CURL *handle, CURLoption option, curl_off_t value) {
  return curl_easy_setopt(handle, option, value);
}

CURLcode sqw_easy_set_string(CURL *handle, CURLoption option, const char *value) {
  return curl_easy_setopt(handle, option, value);
}

CURLcode sqw_easy_set_pointer(CURL *handle, CURLoption option, void *value) {
  return curl_easy_setopt(handle, option, value);
}

CURLcode sqw_easy_set_data_cb(CURL *handle, CURLoption option, sqw_data_cb callback) {
  return curl_easy_setopt(handle, option, callback);
}

CURLcode sqw_easy_info_long(CURL *handle, CURLINFO info, long *out) {
  return curl_easy_getinfo(handle, info, out);
}

CURLcode sqw_easy_info_offset(CURL *handle, CURLINFO info, curl_off_t *out) {
  return curl_easy_getinfo(handle, info, out);
}

CURLcode sqw_easy_info_string(CURL *handle, CURLINFO info, const char **out) {
  return curl_easy_getinfo(handle, info, out);
}

/* One mutex per kind of shared data, as libcurl-thread(3) requires. */
static pthread_mutex_t share_locks[CURL_LOCK_DATA_LAST];
static pthread_once_t share_locks_once = PTHREAD_ONCE_INIT;

static void share_locks_init(void) {
  for (int i = 0; i < CURL_LOCK_DATA_LAST; i++) pthread_mutex_init(&share_locks[i], NULL);
}

static void share_lock(CURL *handle, curl_lock_data data, curl_lock_access access, void *context) {
  (void)handle; (void)access; (void)context;
  pthread_mutex_lock(&share_locks[data]);
}

static void share_unlock(CURL *handle, curl_lock_data data, void *context) {
  (void)handle; (void)context;
  pthread_mutex_unlock(&share_locks[data]);
}

CURLSH *sqw_share_create_locked(void) {
  pthread_once(&share_locks_once, share_locks_init);
  CURLSH *share = curl_share_init();
  if (share == NULL) return NULL;
  /* DNS and TLS sessions only: the connection pool is not thread-safe to share. */
  if (curl_share_setopt(share, CURLSHOPT_LOCKFUNC, share_lock) != CURLSHE_OK ||
      curl_share_setopt(share, CURLSHOPT_UNLOCKFUNC, share_unlock) != CURLSHE_OK ||
      curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_DNS) != CURLSHE_OK ||
      curl_share_setopt(share, CURLSHOPT_SHARE, CURL_LOCK_DATA_SSL_SESSION) != CURLSHE_OK) {
    curl_share_cleanup(share);
    return NULL;
  }
  return share;
}

void sqw_share_destroy(CURLSH *share) { curl_share_cleanup(share); }

const char *sqw_curl_version(void) { return curl_version_info(CURLVERSION_NOW)->version; }

int sqw_curl_has_http2(void) { return (curl_version_info(CURLVERSION_NOW)->features & CURL_VERSION_HTTP2) != 0; }

void sqw_xml_init(void) { xmlInitParser(); }

struct sqw_html_sax {
  htmlParserCtxtPtr context;
  const sqw_html_handlers *handlers;
  int stopped;
};

static void sqw_html_check(struct sqw_html_sax *sax, int result) {
  if (result != 0 && !sax->stopped) {
    sax->stopped = 1;
    xmlStopParser(sax->context);
  }
}

static void sqw_html_start_element(void *data, const xmlChar *name, const xmlChar **attributes) {
  struct sqw_html_sax *sax = data;
  if (sax->stopped) return;
  sqw_html_check(sax, sax->handlers->start_element(sax->handlers->context, (const char *)name,
                                                   (const char *const *)attributes));
}

static void sqw_html_end_element(void *data, const xmlChar *name) {
  struct sqw_html_sax *sax = data;
  if (sax->stopped) return;
  sqw_html_check(sax, sax->handlers->end_element(sax->handlers->context, (const char *)name));
}

static void sqw_html_characters(void *data, const xmlChar *text, int length) {
  struct sqw_html_sax *sax = data;
  if (sax->stopped) return;
  sqw_html_check(sax, sax->handlers->characters(sax->handlers->context, (const char *)text, length));
}

static void sqw_html_comment(void *data, const xmlChar *text) {
  struct sqw_html_sax *sax = data;
  if (sax->stopped) return;
  sqw_html_check(sax, sax->handlers->comment(sax->handlers->context, (const char *)text));
}

int sqw_html_sax_parse(const char *buffer, int size, const sqw_html_handlers *handlers) {
  htmlParserCtxtPtr context = htmlCreateMemoryParserCtxt(buffer, size);
  if (context == NULL || context->sax == NULL) {
    if (context != NULL) htmlFreeParserCtxt(context);
    return -1;
  }
  struct sqw_html_sax sax = {context, handlers, 0};
  /* The context's own handler (the tree builder) is replaced in place: no tree is built. */
  memset(context->sax, 0, sizeof(htmlSAXHandler));
  context->sax->startElement = sqw_html_start_element;
  context->sax->endElement = sqw_html_end_element;
  context->sax->characters = sqw_html_characters;
  context->sax->cdataBlock = sqw_html_characters;
  context->sax->comment = sqw_html_comment;
  context->userData = &sax;
  /* No HTML_PARSE_NONET: the HTML parser loads nothing from the network, and htmlCtxtUseOptions rejects it as
   * unknown (htmlReadMemory ignored that). */
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_IGNORE_ENC;
  int failed = htmlCtxtUseOptions(context, options) != 0;
  /* As htmlReadMemory(..., "UTF-8", ...) does: the bytes are UTF-8 whatever a <meta charset> claims. */
  xmlCharEncodingHandlerPtr utf8 = failed ? NULL : xmlFindCharEncodingHandler("UTF-8");
  failed = failed || utf8 == NULL || xmlSwitchToEncoding(context, utf8) != 0;
  if (!failed) {
    /* The result only says whether the page was well-formed; recovered errors are expected on real pages. */
    (void)htmlParseDocument(context);
    failed = context->errNo == XML_ERR_NO_MEMORY;
  }
  if (context->myDoc != NULL) xmlFreeDoc(context->myDoc);
  context->myDoc = NULL;
  int stopped = sax.stopped;
  htmlFreeParserCtxt(context);
  return failed ? -1 : stopped;
}

int sqw_inflate_init_raw(z_stream *stream) { return inflateInit2(stream, -MAX_WBITS); }

int sqw_inflate_init_gzip(z_stream *stream) { return inflateInit2(stream, MAX_WBITS + 16); }

int sqw_deflate_init_raw(z_stream *stream, int level, int window_bits, int mem_level) {
  return deflateInit2(stream, level, Z_DEFLATED, -window_bits, mem_level, Z_DEFAULT_STRATEGY);
}

int sqw_deflate_init_gzip(z_stream *stream, int level) {
  return deflateInit2(stream, level, Z_DEFLATED, MAX_WBITS + 16, 8, Z_DEFAULT_STRATEGY);
}

int sqw_sha256(const void *data, size_t length, unsigned char *out) {
  unsigned int size = 0;
  return EVP_Digest(data, length, out, &size, EVP_sha256(), NULL);
}

/* cJSON allocates every node and string separately, several hundred times per index document, and frees
 * them all together when the tree is deleted. Its hooks get a per-thread bump arena instead: allocation is
 * a pointer increment, and the arena is rewound when its last allocation is freed. Requests that do not fit
 * (large documents) fall through to malloc. Trees are confined to the thread that parsed them. */
enum { SQW_ARENA_SIZE = 256 * 1024 };

struct sqw_arena {
  size_t used;
  size_t live;
  _Alignas(16) unsigned char bytes[SQW_ARENA_SIZE];
};

static pthread_key_t sqw_arena_key;
static pthread_once_t sqw_arena_once = PTHREAD_ONCE_INIT;

static void sqw_arena_make_key(void) { pthread_key_create(&sqw_arena_key, free); }

static struct sqw_arena *sqw_arena_current(void) {
  static _Thread_local struct sqw_arena *arena;
  if (arena == NULL) {
    pthread_once(&sqw_arena_once, sqw_arena_make_key);
    arena = calloc(1, sizeof *arena);
    if (arena != NULL) pthread_setspecific(sqw_arena_key, arena);
  }
  return arena;
}

static void *sqw_arena_allocate(size_t size) {
  struct sqw_arena *arena = sqw_arena_current();
  size_t rounded = (size + 15) & ~(size_t)15;
  if (arena == NULL || rounded > SQW_ARENA_SIZE - arena->used) return malloc(size);
  void *pointer = arena->bytes + arena->used;
  arena->used += rounded;
  arena->live += 1;
  return pointer;
}

static void sqw_arena_free(void *pointer) {
  struct sqw_arena *arena = sqw_arena_current();
  unsigned char *bytes = pointer;
  if (arena == NULL || bytes < arena->bytes || bytes >= arena->bytes + SQW_ARENA_SIZE) {
    free(pointer);
    return;
  }
  if (--arena->live == 0) arena->used = 0;
}

void sqw_cjson_use_arena(void) {
  cJSON_Hooks hooks = {sqw_arena_allocate, sqw_arena_free};
  cJSON_InitHooks(&hooks);
}
