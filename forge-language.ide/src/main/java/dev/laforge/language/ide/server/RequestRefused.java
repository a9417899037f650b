package dev.laforge.language.ide.server;

import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * A request the server declines for a reason the user should read (renaming a keyword, a name
 * already taken): thrown by a language service, it reaches the client as a {@code RequestFailed}
 * error with the message, and is not logged as a server error.
 */
public class RequestRefused extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public RequestRefused(String message) {
    super(message, null, false, false);
  }

  /** A result or the refusal that replaced it. */
  public record Outcome<T>(T value, RequestRefused refusal) {

    /** The value, or the refusal as the LSP error the client receives. */
    public T get() {
      if (refusal != null) {
        throw new ResponseErrorException(new ResponseError(ResponseErrorCode.RequestFailed, refusal.getMessage(), null));
      }
      return value;
    }
  }

  /** Runs {@code work}, keeping a refusal as a value (inside a read request, where exceptions would be logged). */
  public static <T> Outcome<T> capture(Supplier<T> work) {
    try {
      return new Outcome<>(work.get(), null);
    } catch (RequestRefused refused) {
      return new Outcome<>(null, refused);
    }
  }

  /** The future of the value; a refusal completes it with the LSP error. */
  public static <T> CompletableFuture<T> unwrap(CompletableFuture<Outcome<T>> outcome) {
    return outcome.thenApply(Outcome::get);
  }
}
