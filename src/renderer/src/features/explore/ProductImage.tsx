import { useQuery } from '@tanstack/react-query';
import { ImageOff } from 'lucide-react';
import { useClient } from '../../api/client-context';

interface ProductImageProps {
  sourceId: string;
  uri: string | null;
  alt: string;
  className?: string;
}

/**
 * A product image, fetched through main as a data URL (the window loads nothing itself) and
 * kept by react-query for the session; many products share one file, so each loads once.
 */
export const ProductImage = ({ sourceId, uri, alt, className = '' }: ProductImageProps) => {
  const client = useClient();
  const image = useQuery({
    queryKey: ['explore.image', sourceId, uri],
    queryFn: () => client.call('explore.image', { sourceId, uri: uri ?? '' }),
    enabled: uri !== null,
    staleTime: Number.POSITIVE_INFINITY,
    gcTime: 30 * 60_000,
    retry: false,
  });
  if (uri === null || image.isError) {
    return (
      <div className={`product-image product-image--missing ${className}`} role="img" aria-label={`${alt}: no image`}>
        <ImageOff size={20} aria-hidden="true" />
      </div>
    );
  }
  if (!image.data) return <div className={`product-image product-image--loading ${className}`} aria-busy="true" />;
  return (
    <img
      className={`product-image ${className}`}
      src={image.data.dataUrl}
      alt={alt}
      decoding="async"
      draggable={false}
    />
  );
};
