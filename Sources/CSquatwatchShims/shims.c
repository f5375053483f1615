#include "CSquatwatchShims.h"

#include <dlfcn.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <openssl/evp.h>
#include <pthread.h>
#include <stdlib.h>

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

void sqw_xml_free(void *pointer) { xmlFree(pointer); }

sqw_xml_doc *sqw_html_read(const char *buffer, int size, const char *encoding) {
  int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET |
                HTML_PARSE_COMPACT;
  return (sqw_xml_doc *)htmlReadMemory(buffer, size, NULL, encoding, options);
}

void sqw_xml_free_doc(sqw_xml_doc *doc) { xmlFreeDoc((xmlDocPtr)doc); }

sqw_xml_node *sqw_xml_root(sqw_xml_doc *doc) {
  return (sqw_xml_node *)xmlDocGetRootElement((xmlDocPtr)doc);
}

sqw_xml_node *sqw_xml_first_child(sqw_xml_node *node) {
  return (sqw_xml_node *)((xmlNodePtr)node)->children;
}

sqw_xml_node *sqw_xml_next(sqw_xml_node *node) { return (sqw_xml_node *)((xmlNodePtr)node)->next; }

int sqw_xml_kind(sqw_xml_node *node) {
  switch (((xmlNodePtr)node)->type) {
    case XML_ELEMENT_NODE: return 1;
    case XML_COMMENT_NODE: return 2;
    default: return 0;
  }
}

const char *sqw_xml_name(sqw_xml_node *node) { return (const char *)((xmlNodePtr)node)->name; }

int sqw_xml_has_prop(sqw_xml_node *node, const char *name) {
  return xmlHasProp((xmlNodePtr)node, (const xmlChar *)name) != NULL;
}

char *sqw_xml_get_prop(sqw_xml_node *node, const char *name) {
  return (char *)xmlGetProp((xmlNodePtr)node, (const xmlChar *)name);
}

char *sqw_xml_content(sqw_xml_node *node) { return (char *)xmlNodeGetContent((xmlNodePtr)node); }

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
