package dev.laforge.language.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * Why a request cannot be answered, for the user to read: parameters the client got wrong
 * ({@link ResponseErrorCode#InvalidParams}), a domain that cannot be compiled, or a refused rename
 * (a keyword, a name already taken; {@link ResponseErrorCode#RequestFailed}). Thrown while
 * computing an answer inside a read request, kept as a value by {@link #capture} and turned into
 * the JSON-RPC error by {@link #unwrap} outside it, so the server never logs it as a failure.
 */
public final class RequestError extends RuntimeException {

  private final ResponseErrorCode code;

  private RequestError(ResponseErrorCode code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  /** The client sent parameters that name nothing or have the wrong shape. */
  public static RequestError invalidParams(String message) {
    return new RequestError(ResponseErrorCode.InvalidParams, message);
  }

  /** The parameters are fine but the domain cannot answer (errors in it, policies that cannot compile). */
  public static RequestError failed(String message) {
    return new RequestError(ResponseErrorCode.RequestFailed, message);
  }

  /**
   * The domain broke a generator in a way validation did not catch (it is mid-edit): what to tell
   * the client instead of failing.
   */
  public static RequestError failed(String what, RuntimeException cause) {
    String detail = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    return failed(what + ": " + detail);
  }

  public ResponseErrorCode code() {
    return code;
  }

  /** The JSON-RPC error the client receives. */
  public ResponseErrorException toResponseError() {
    return new ResponseErrorException(new ResponseError(code, getMessage(), null));
  }

  /** A result or the error that replaced it. */
  public record Outcome<T>(T value, RequestError error) {

    /** The value, or the error as the JSON-RPC error the client receives. */
    public T get() {
      if (error != null) {
        throw error.toResponseError();
      }
      return value;
    }
  }

  /** Runs {@code work}, keeping a {@link RequestError} as a value (inside a read request, where exceptions would be logged). */
  public static <T> Outcome<T> capture(Supplier<T> work) {
    try {
      return new Outcome<>(work.get(), null);
    } catch (RequestError e) {
      return new Outcome<>(null, e);
    }
  }

  /** The future of the value; an error completes it with the JSON-RPC error. */
  public static <T> CompletableFuture<T> unwrap(CompletableFuture<Outcome<T>> outcome) {
    return outcome.thenApply(Outcome::get);
  }
}
