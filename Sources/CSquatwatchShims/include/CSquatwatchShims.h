/*
 * Typed wrappers for the C APIs Swift 6 cannot call directly: curl's variadic
 * setopt/getinfo, zlib's inflateInit2/deflateInit2 macros, libxml2's xmlFree
 * global and OpenSSL's digests. Numeric curl options are taken as `long` or
 * `curl_off_t` so the C compiler performs the promotion libcurl expects.
 */
#ifndef C_SQUATWATCH_SHIMS_H
#define C_SQUATWATCH_SHIMS_H

#include <cJSON.h>
#include <curl/curl.h>
#include <zlib.h>
#include <stddef.h>
#include <stdint.h>

typedef size_t (*sqw_data_cb)(char *data, size_t size, size_t count, void *context);

/* libcurl */
CURLcode sqw_global_init(void);
CURLcode sqw_easy_set_long(CURL *handle, CURLoption option, long value);
CURLcode sqw_easy_set_offset(CURL *handle, CURLoption option, curl_off_t value);
CURLcode sqw_easy_set_string(CURL *handle, CURLoption option, const char *value);
CURLcode sqw_easy_set_pointer(CURL *handle, CURLoption option, void *value);
/* CURLOPT_WRITEFUNCTION or CURLOPT_HEADERFUNCTION. */
CURLcode sqw_easy_set_data_cb(CURL *handle, CURLoption option, sqw_data_cb callback);
CURLcode sqw_easy_info_long(CURL *handle, CURLINFO info, long *out);
CURLcode sqw_easy_info_offset(CURL *handle, CURLINFO info, curl_off_t *out);
CURLcode sqw_easy_info_string(CURL *handle, CURLINFO info, const char **out);
/* NULL when libcurl refuses any of the share's options: an unlocked share would race between threads. */
CURLSH *sqw_share_create_locked(void);
void sqw_share_destroy(CURLSH *share);
/* The version string of the linked libcurl ("7.88.1"). */
const char *sqw_curl_version(void);
/* 1 when the linked libcurl speaks HTTP/2 (it refuses CURLOPT_HTTP_VERSION 2 otherwise). */
int sqw_curl_has_http2(void);

/* libxml2. Its headers stay out of this header: they pull in the system ICU headers, which clash with
 * Foundation's own copy. */
void sqw_xml_init(void);
/* SAX parsing of HTML (no tree). Each handler returns 0 to go on, anything else to stop the parse. Attributes
 * come as NULL-terminated name, value pairs; a value is NULL for an attribute without one. */
typedef struct sqw_html_handlers {
  void *context;
  int (*start_element)(void *context, const char *name, const char *const *attributes);
  int (*end_element)(void *context, const char *name);
  int (*characters)(void *context, const char *text, int length);
  int (*comment)(void *context, const char *text);
} sqw_html_handlers;
/* Parses HTML leniently (recover, no error output, always UTF-8), calling `handlers` as it reads and
 * building no tree. Returns 0 when the page was read, 1 when a handler stopped it, -1 when libxml2 could not start
 * or ran out of memory. */
int sqw_html_sax_parse(const char *buffer, int size, const sqw_html_handlers *handlers);

/* zlib */
int sqw_inflate_init_raw(z_stream *stream);
int sqw_inflate_init_gzip(z_stream *stream);
int sqw_deflate_init_raw(z_stream *stream, int level, int window_bits, int mem_level);
int sqw_deflate_init_gzip(z_stream *stream, int level);

/* cJSON: allocate from a per-thread arena that is rewound when its last allocation is freed. Call once, before
 * any thread uses cJSON. */
void sqw_cjson_use_arena(void);

/* OpenSSL digest: `out` must hold 32 bytes. Returns 1 on success. */
int sqw_sha256(const void *data, size_t length, unsigned char *out);

#endif
